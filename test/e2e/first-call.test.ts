/**
 * The walking skeleton, end to end as an agent lives it: Kamailio, the built dev host with its
 * embedded database, and two Chromium pages - the agent's desk and a citizen's phone (the caller
 * simulator, speaking a recorded prompt). Screenshots land in .test-output/screenshots.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCallers } from '../../main/data/demo/demo-callers.js';
import { agentInboundAudio, callerInboundAudio, tapPeerConnections, waitForAudio } from './harness/audio-stats.js';
import { simulatorState } from './harness/caller-simulator-page.js';
import { startDeskProcess } from './harness/desk-process.js';
import { startDeskRig, type DeskRig } from './harness/desk-rig.js';

const screenshots = resolve(import.meta.dirname, '../../.test-output/screenshots');
const users = { '1001': 'pw-agent-1001', 'pstn-gateway': 'pw-gateway' };

let rig: DeskRig;
let agent: Page;
let caller: Page;
/** Every message the agent page received from the core, as the page saw it. */
const framesFromCore: string[] = [];

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  // A second of wrap-up: hunt-group calls ring only for an agent back to Ready.
  rig = await startDeskRig(users, { agent: { wrapUpSeconds: 1 } });
  agent = await rig.deskPage({
    prepare: async (page) => {
      await tapPeerConnections(page);
      page.on('websocket', (socket) => socket.on('framereceived', (frame) => framesFromCore.push(String(frame.payload))));
    },
  });
  caller = await rig.callerSimulator({
    user: 'pstn-gateway',
    password: users['pstn-gateway'],
    to: '600',
    from: [`Known citizen|${demoCallers.knownCitizen.e164}`, `Nobody|${demoCallers.nobody.e164}`, `Protected|${demoCallers.protectedIdentity.e164}`],
  });
});

afterAll(() => rig?.stop());

async function callFrom(number: string): Promise<void> {
  await agent.locator('[data-testid="agent-state"][data-state="ready"]').waitFor();
  await caller.selectOption('#from', number);
  await caller.click('#call');
}

describe('first call, end to end', () => {
  it('rings with the citizen on screen, connects with audio both ways on Alt+A, and goes idle when the caller hangs up', async () => {
    await callFrom(demoCallers.knownCitizen.e164);
    const incoming = agent.getByTestId('incoming-call');
    await incoming.waitFor();
    const expected = demoCallers.knownCitizen.match;
    if (expected.kind !== 'citizens') throw new Error('the demo caller should be a citizen');
    await expect.poll(() => incoming.getByTestId('caller-name').textContent()).toContain(expected.citizens[0]!.name);
    await expect.poll(() => incoming.textContent()).toContain(expected.citizens[0]!.district);
    await expect.poll(() => simulatorState(caller)).toBe('ringing');
    await agent.screenshot({ path: join(screenshots, 'ringing-known-citizen.png') });

    const answeredAt = performance.now();
    await agent.keyboard.press('Alt+A');
    await agent.getByTestId('active-call').waitFor();
    const [atAgent, atCaller] = await Promise.all([
      waitForAudio('the agent', () => agentInboundAudio(agent), answeredAt, 5000),
      waitForAudio('the caller', () => callerInboundAudio(caller), answeredAt, 5000),
    ]);
    console.info(
      `answer-to-audio: agent hears the caller after ${atAgent.afterMs.toFixed(0)} ms, the caller hears the agent after ${atCaller.afterMs.toFixed(0)} ms`,
    );
    expect(atAgent.audio.bytesReceived).toBeGreaterThan(0);
    expect(atCaller.audio.audioLevel).toBeGreaterThan(0);
    await agent.screenshot({ path: join(screenshots, 'active-call.png') });

    await caller.click('#hangup');
    await agent.getByTestId('idle').waitFor();
    expect(await agent.getByTestId('incoming-call').count()).toBe(0);
  });

  it('calls a number nobody owns an unknown caller, showing the number, and clears when the caller gives up', async () => {
    await callFrom(demoCallers.nobody.e164);
    const incoming = agent.getByTestId('incoming-call');
    await incoming.getByTestId('unknown-caller').waitFor();
    await expect.poll(() => incoming.getByTestId('caller-number').textContent()).toContain('070-174 06 99');
    await agent.screenshot({ path: join(screenshots, 'ringing-unknown-caller.png') });
    await caller.click('#hangup');
    await agent.getByTestId('idle').waitFor();
  });

  it('shows only the routine marker for a protected identity: no name, no number anywhere in the page', async () => {
    const before = framesFromCore.length;
    await callFrom(demoCallers.protectedIdentity.e164);
    await agent.getByTestId('caller-protected').waitFor();
    const page = await agent.content();
    // Not even the messages from the core carry the number.
    const received = framesFromCore.slice(before).join('\n');
    expect(received).toContain('"kind":"protected"');
    expect(received).not.toContain(demoCallers.protectedIdentity.e164);
    expect(page).not.toContain('070-174 06 06');
    expect(page).not.toContain(demoCallers.protectedIdentity.e164);
    expect(await agent.getByTestId('caller-name').count()).toBe(0);
    await agent.screenshot({ path: join(screenshots, 'ringing-protected-identity.png') });
    await caller.click('#hangup');
    await agent.getByTestId('idle').waitFor();
  });

  it('hangs up from the desk with the button too', async () => {
    await callFrom(demoCallers.knownCitizen.e164);
    await agent.getByTestId('answer-button').click();
    await agent.getByTestId('active-call').waitFor();
    await agent.getByTestId('hang-up-button').click();
    await agent.getByTestId('idle').waitFor();
    await expect.poll(() => simulatorState(caller)).toBe('ended');
  });

  it('kept callers out of the core log: no name, no number', () => {
    const log = rig.desk.log();
    expect(log).toContain('call offered');
    for (const secret of [demoCallers.knownCitizen.e164, '0701740605', '070-174 06 05', 'Lindqvist']) expect(log).not.toContain(secret);
  });
});

describe('language', () => {
  it('switches between Swedish, Danish and English at once, and remembers the choice in the settings file', async () => {
    await agent.getByTestId('language-switch').getByText('SV', { exact: true }).click();
    await expect.poll(() => agent.getByTestId('idle').textContent()).toContain('Redo – väntar på samtal');
    await agent.screenshot({ path: join(screenshots, 'idle-swedish.png') });
    await agent.getByTestId('language-switch').getByText('DA', { exact: true }).click();
    await expect.poll(() => agent.getByTestId('idle').textContent()).toContain('Klar – venter på opkald');
    expect(await agent.locator('html').getAttribute('lang')).toBe('da');
    const saved = JSON.parse(readFileSync(join(rig.desk.dataDir, 'settings.json'), 'utf8')) as { locale: string };
    expect(saved.locale).toBe('da');
    await agent.getByTestId('language-switch').getByText('EN', { exact: true }).click();
  });
});

describe('a wrong SIP password', () => {
  it('shows the agent that the phone server refused the login', async () => {
    const refused = await startDeskProcess({ locale: 'en', sip: { server: rig.pbx.wsUrl, user: '1001', password: 'not-the-password' } });
    try {
      const page = await agent.context().newPage();
      await page.goto(refused.url);
      const status = page.locator('[data-testid="registration-status"][data-state="rejected"]');
      await status.waitFor({ timeout: 15_000 });
      expect(await status.textContent()).toMatch(/refused the login \(401\)/);
      // Never "ready - waiting for calls" while no call can arrive.
      expect(await page.getByTestId('idle').textContent()).toContain('Calls cannot reach you');
      await page.screenshot({ path: join(screenshots, 'wrong-password.png') });
      await page.close();
    } finally {
      await refused.stop();
    }
  });
});
