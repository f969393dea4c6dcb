/**
 * Every screen of the desk as axe-core judges it (WCAG 2.1 A/AA: 0 violations), at the laptop
 * size and the wide screen, each one photographed at both; and the live region says, in the
 * desk's language, what happens to the call: ringing, answered, on hold, ended.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCallers } from '../../main/data/demo/demo-callers.js';
import { axeViolations } from './harness/axe.js';
import { answerKnownCitizen, ringFrom, screenshotBothSizes } from './harness/desk-journeys.js';
import { DESKTOP_VIEWPORT } from './harness/desk-page.js';
import { startDeskProcess } from './harness/desk-process.js';
import { startDeskRig, type DeskRig } from './harness/desk-rig.js';

const screenshots = resolve(import.meta.dirname, '../../.test-output/screenshots');
const users = { '1001': 'pw-agent-1001', 'pstn-gateway': 'pw-gateway' };
const callers = [demoCallers.knownCitizen, demoCallers.relativeOfParents, demoCallers.protectedIdentity, demoCallers.nobody];

let rig: DeskRig;
let agent: Page;
let caller: Page;

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  rig = await startDeskRig(users, { locale: 'sv', agent: { wrapUpSeconds: 2 } });
  agent = await rig.deskPage();
  caller = await rig.callerSimulator({ user: 'pstn-gateway', password: users['pstn-gateway'], to: '600', from: callers.map((c) => `${c.e164}|${c.e164}`) });
});

afterAll(() => rig?.stop());

/** 0 violations on the page as it is, at both sizes (the wide one shows the case form and the knowledge base at once), and both screenshots. */
async function checkScreen(name: string, page: Page = agent): Promise<void> {
  expect(await axeViolations(page), `${name} at 1366x768`).toEqual([]);
  await screenshotBothSizes(page, screenshots, `a11y-${name}`, async () => {
    expect(await axeViolations(page), `${name} at 1920x1080`).toEqual([]);
  });
}

const announced = () => agent.getByTestId('live-announcer').textContent();

/** The caller hangs up and the desk is Ready again (the wrap-up is 2 s). */
async function endCall(): Promise<void> {
  await caller.click('#hangup');
  await agent.locator('[data-testid="agent-state"][data-state="ready"]').waitFor({ timeout: 10_000 });
}

describe('the desk without a call', () => {
  it('idle, the shortcuts help and the device check have no violations', async () => {
    await agent.getByTestId('idle').waitFor();
    await agent.getByTestId('colleague-item').first().waitFor();
    await checkScreen('idle');

    await agent.locator('body').focus();
    await agent.keyboard.press('?');
    await agent.getByTestId('shortcuts-help').waitFor();
    await checkScreen('shortcuts-help');
    await agent.keyboard.press('Escape');
    await expect.poll(() => agent.getByTestId('shortcuts-help').isVisible()).toBe(false);

    await agent.getByTestId('devices-open').click();
    await agent.getByTestId('device-check').waitFor();
    await checkScreen('device-check');
    await agent.getByTestId('device-check-close').click();
  });

  it('the knowledge base: search, an article and the editor have no violations', async () => {
    await agent.keyboard.press('Alt+K');
    await agent.keyboard.type('faktura');
    await agent.getByTestId('knowledge-hit').first().waitFor();
    await checkScreen('knowledge-search');
    await agent.keyboard.press('Enter');
    await agent.getByTestId('knowledge-article').waitFor();
    await checkScreen('knowledge-article');
    await agent.getByTestId('knowledge-new-faq').click();
    await agent.getByTestId('knowledge-editor').waitFor();
    await checkScreen('knowledge-editor');
    await agent.keyboard.press('Alt+K');
  });
});

describe('calls', () => {
  it('ringing, answered, on hold and ended are announced in Swedish; ringing, the active call and wrap-up with the case form have no violations', async () => {
    await ringFrom(agent, caller, demoCallers.knownCitizen.e164);
    await expect.poll(announced).toContain('Inkommande samtal från Margareta Lindqvist');
    await agent.getByTestId('citizen-summary').waitFor();
    await checkScreen('ringing-known-citizen');

    await agent.keyboard.press('Alt+A');
    await expect.poll(announced).toContain('Samtalet är kopplat');
    await agent.locator('[data-testid="case-form"]:not([data-call-id=""])').waitFor();
    await checkScreen('active-call');

    await agent.keyboard.press('Alt+H');
    await expect.poll(announced).toContain('Samtalet är parkerat');
    await checkScreen('on-hold');
    await agent.keyboard.press('Alt+H');
    await expect.poll(announced).toContain('Samtalet är återupptaget');

    await caller.click('#hangup');
    await expect.poll(announced).toContain('Samtalet är avslutat');
    await agent.locator('[data-testid="agent-state"][data-state="wrapUp"]').waitFor();
    await checkScreen('wrap-up-case-form');
    await agent.locator('[data-testid="agent-state"][data-state="ready"]').waitFor({ timeout: 10_000 });
    await agent.getByTestId('case-form-skip-reason').selectOption({ index: 1 });
    await agent.getByTestId('case-form-skip').click();
    await agent.getByTestId('case-form-close').click();
  });

  it('an unknown caller, a protected identity and the two-parents chooser have no violations while ringing', async () => {
    await ringFrom(agent, caller, demoCallers.nobody.e164);
    await agent.getByTestId('unknown-caller').waitFor();
    await checkScreen('ringing-unknown');
    await endCall();

    await ringFrom(agent, caller, demoCallers.protectedIdentity.e164);
    await agent.getByTestId('caller-protected').waitFor();
    await checkScreen('ringing-protected');
    await endCall();

    await ringFrom(agent, caller, demoCallers.relativeOfParents.e164);
    await agent.getByTestId('citizen-chooser').waitFor();
    await checkScreen('ringing-chooser');
    await endCall();
  });

  it('the card offers to attach the call to an open case, and the form then adds to that case', async () => {
    const callId = await answerKnownCitizen(agent, caller);
    await agent.getByTestId('case-form-case-type-input').fill('faktura');
    await agent.keyboard.press('Enter');
    await agent.getByTestId('case-form-case-class').selectOption({ index: 1 });
    await agent.keyboard.press('Control+Enter');
    await expect.poll(() => agent.getByTestId('case-form-outcome').textContent()).toMatch(/ÄD-\d{6}/);
    await endCall();
    await agent.getByTestId('case-form-close').click();

    const second = await answerKnownCitizen(agent, caller);
    expect(second).not.toBe(callId);
    const cardCases = agent.getByTestId('open-cases-slot').getByTestId('open-case');
    await cardCases.first().waitFor();
    await cardCases.first().getByRole('radio').check();
    await expect.poll(() => agent.getByTestId('case-form-save').textContent()).toContain('Lägg till');
    expect(await agent.getByTestId('case-form').getByTestId('open-case').first().getByRole('radio').isChecked()).toBe(true);
    await checkScreen('attach-from-card');
    await endCall();
  });
});

describe('without a connection', () => {
  it('the connection screen, while the core does not answer, has no violations', async () => {
    const context = await rig.browser.newContext({ viewport: DESKTOP_VIEWPORT });
    const page = await context.newPage();
    // A socket that never opens: the page stays on "connecting", as when the core is slow to start.
    await page.addInitScript(() => {
      window.WebSocket = class extends EventTarget {
        readyState = 0;
        close() {}
        send() {}
      } as unknown as typeof WebSocket;
    });
    await page.goto(rig.desk.url);
    await page.locator('[data-testid="core-connection"][data-state="connecting"]').waitFor();
    await checkScreen('connection', page);
    await context.close();
  });

  it('the desk whose phone login was refused has no violations', async () => {
    const refused = await startDeskProcess({ locale: 'sv', sip: { server: rig.pbx.wsUrl, user: '1001', password: 'not-the-password' } });
    try {
      const context = await rig.browser.newContext({ viewport: DESKTOP_VIEWPORT });
      const wrong = await context.newPage();
      await wrong.goto(refused.url);
      await wrong.locator('[data-testid="registration-status"][data-state="rejected"]').waitFor({ timeout: 15_000 });
      await checkScreen('wrong-password', wrong);
      await context.close();
    } finally {
      await refused.stop();
    }
  });
});
