/**
 * The desk's own keys and click-to-call end to end, through the dev host in Chromium: shortcuts
 * set in the settings file are the ones the buttons show, the shortcuts list shows and the keys
 * that act (the default Alt+A no longer answers); the care manager's number on the caller card
 * calls the care manager's phone (a Chromium page registered under that number), holding the
 * caller meanwhile.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCallers } from '../../main/data/demo/demo-callers.js';
import { simulatorState } from './harness/caller-simulator-page.js';
import { startDeskRig, type DeskRig } from './harness/desk-rig.js';

const screenshots = resolve(import.meta.dirname, '../../.test-output/screenshots');
// Karin Holm, the fixed demo care manager of the known citizen (Margareta Lindqvist).
const careManager = { e164: '+46846500401', display: '08-465 004 01' };
const users = { '1001': 'pw-agent-1001', [careManager.e164]: 'pw-care-manager', 'pstn-gateway': 'pw-gateway' };

let rig: DeskRig;
let agent: Page;
let caller: Page;
let careManagerPhone: Page;

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  rig = await startDeskRig(users, { shortcuts: { answerCall: 'f2', hangUpCall: 'Control+Shift+E' } });
  agent = await rig.deskPage();
  caller = await rig.callerSimulator({ user: 'pstn-gateway', password: users['pstn-gateway'], to: '600', from: [`Known citizen|${demoCallers.knownCitizen.e164}`] });
  careManagerPhone = await rig.callerSimulator({ user: careManager.e164, password: users[careManager.e164]! });
});

afterAll(() => rig?.stop());

describe('shortcuts from settings', () => {
  it('lists the keys settings give when the agent presses "?"', async () => {
    await agent.keyboard.press('?');
    const help = agent.getByTestId('shortcuts-help');
    await help.waitFor();
    expect(await help.getByTestId('shortcut-answerCall').locator('kbd').textContent()).toBe('F2');
    expect(await help.getByTestId('shortcut-hangUpCall').locator('kbd').textContent()).toBe('Control+Shift+E');
    expect(await help.getByTestId('shortcut-holdCall').locator('kbd').textContent()).toBe('Alt+H');
    await agent.screenshot({ path: join(screenshots, 'shortcuts-help.png') });
    await agent.keyboard.press('Escape');
    await expect.poll(() => help.isVisible()).toBe(false);
  });

  it('answers with the configured key, not the default one, and the button says which', async () => {
    await caller.click('#call');
    const answer = agent.getByTestId('answer-button');
    await answer.waitFor();
    expect(await answer.getAttribute('aria-keyshortcuts')).toBe('F2');
    await agent.getByTestId('caller-name').waitFor();
    await agent.keyboard.press('Alt+A');
    await new Promise((done) => setTimeout(done, 500));
    expect(await agent.getByTestId('incoming-call').count()).toBe(1);
    await agent.keyboard.press('F2');
    await agent.locator('[data-testid="active-call"][data-state="active"]').waitFor();
    await expect.poll(() => simulatorState(caller)).toBe('talking');
  });
});

describe('click-to-call', () => {
  it('the care manager\'s number on the caller card calls the care manager, holding the caller', async () => {
    const number = agent.getByTestId('call-care-manager');
    expect(await number.textContent()).toBe(careManager.display);
    expect(await number.getAttribute('aria-label')).toBe(`Call ${careManager.display}`);
    await number.click();
    await expect.poll(() => simulatorState(careManagerPhone)).toBe('incoming');
    await expect.poll(() => agent.getByTestId('called-number').textContent()).toBe(careManager.display);
    await agent.screenshot({ path: join(screenshots, 'click-to-call-care-manager.png') });
    await careManagerPhone.click('#answer');
    await expect.poll(() => simulatorState(careManagerPhone)).toBe('talking');

    // The configured hang-up key ends the consultation; the caller is still there, on hold.
    await agent.keyboard.press('Control+Shift+E');
    await expect.poll(() => simulatorState(careManagerPhone)).not.toBe('talking');
    await expect.poll(() => simulatorState(caller)).toBe('talking');
    await caller.click('#hangup');
  });
});
