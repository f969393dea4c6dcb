/**
 * The agent's audio devices end to end, in Chromium with its fake devices (a beeping microphone,
 * "Fake Audio Output 1/2"): a headset in the settings that is not on the machine shows a banner,
 * sound goes to the default and the agent is Not ready (headsetLost); Ready is refused until a
 * headset is chosen and the device check passed; the ringtone plays on the ringer and the
 * headset, call audio on the headset only. Screenshots land in .test-output/screenshots.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCallers } from '../../main/data/demo/demo-callers.js';
import { writeSteadyToneMicrophone } from './harness/chromium.js';
import { startDeskRig, type DeskRig } from './harness/desk-rig.js';

const screenshots = resolve(import.meta.dirname, '../../.test-output/screenshots');
const users = { '1001': 'pw-agent-1001', 'pstn-gateway': 'pw-gateway' };

let rig: DeskRig;
let agent: Page;
let caller: Page;

const savedDevices = () =>
  (JSON.parse(readFileSync(join(rig.desk.dataDir, 'settings.json'), 'utf8')) as { devices: Record<string, { id: string; label: string } | null> }).devices;

/** The ids Chromium gives its fake outputs in the agent's page, by label. */
const outputIds = () =>
  agent.evaluate(async () =>
    Object.fromEntries((await navigator.mediaDevices.enumerateDevices()).filter((d) => d.kind === 'audiooutput').map((d) => [d.label, d.deviceId])),
  );

const agentState = () => agent.getByTestId('agent-state').getAttribute('data-state');

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  rig = await startDeskRig(
    users,
    {
      agent: { wrapUpSeconds: 1 },
      devices: {
        // A headset this machine never had, and a ringer whose id changed since it was chosen.
        headset: { id: 'a-headset-from-another-day', label: 'Jabra Evolve2 65' },
        ringer: { id: 'an-old-id', label: 'Fake Audio Output 2' },
      },
    },
    // The device check listens for the microphone: one that never pauses, as a real one.
    { microphoneFile: writeSteadyToneMicrophone() },
  );
  agent = await rig.deskPage({ ready: false });
  caller = await rig.callerSimulator({ user: 'pstn-gateway', password: users['pstn-gateway'], to: '600', from: [`Known citizen|${demoCallers.knownCitizen.e164}`] });
});

afterAll(() => rig?.stop());

describe('a chosen headset that is not on the machine', () => {
  it('shows the banner, uses the default output, and makes the agent Not ready (headsetLost)', async () => {
    const banner = agent.getByTestId('device-banner');
    await banner.waitFor();
    expect(await banner.getAttribute('data-missing')).toBe('headset');
    expect(await banner.textContent()).toContain('The headset “Jabra Evolve2 65” is not connected');
    expect(await agent.getByTestId('device-current-headset').textContent()).toBe('System default');
    await expect.poll(agentState).toBe('notReady');
    expect(await agent.getByTestId('agent-state').textContent()).toContain('Headset disconnected');
    await agent.screenshot({ path: join(screenshots, 'devices-headset-missing.png') });
  });

  it('finds the ringer by its label and saves its new id', async () => {
    const ids = await outputIds();
    expect(await agent.getByTestId('device-current-ringer').textContent()).toBe('Fake Audio Output 2');
    await expect.poll(() => savedDevices().ringer).toEqual({ id: ids['Fake Audio Output 2'], label: 'Fake Audio Output 2' });
  });

  it('refuses Ready and opens the device check, which passes with the fake microphone once a headset is chosen, and then the agent is Ready', async () => {
    await agent.getByTestId('agent-state-choice').selectOption('ready');
    const check = agent.getByTestId('device-check');
    await check.waitFor();
    expect(await check.textContent()).toContain('before you go Ready');
    const verdict = agent.getByTestId('device-check-verdict');
    await expect.poll(() => verdict.textContent()).toContain('not connected');
    expect(await agentState()).toBe('notReady');
    await agent.screenshot({ path: join(screenshots, 'devices-check-headset-missing.png') });

    await agent.getByTestId('device-choice-headset').selectOption({ label: 'Fake Audio Output 1' });
    // The check passes as soon as the beeping fake microphone is heard; the agent is then Ready.
    await agent.locator('[data-testid="device-check-verdict"][data-state="passed"]').waitFor({ state: 'attached', timeout: 10_000 });
    await expect.poll(agentState).toBe('ready');
    await check.waitFor({ state: 'hidden' });
    expect(await agent.getByTestId('device-banner').count()).toBe(0);
    expect(await agent.getByTestId('device-check-state').getAttribute('data-state')).toBe('passed');
    const ids = await outputIds();
    expect(savedDevices().headset).toEqual({ id: ids['Fake Audio Output 1'], label: 'Fake Audio Output 1' });
    await agent.screenshot({ path: join(screenshots, 'devices-ready.png') });
  });

  it('opens the check from the side panel: the tone plays in the headset, the meter moves, the check passes', async () => {
    await agent.getByTestId('devices-open').click();
    await agent.getByTestId('device-check').waitFor();
    await agent.locator('[data-testid="device-check-tone-state"][data-state="played"]').waitFor();
    await expect.poll(async () => Number(await agent.getByTestId('device-check-meter').getAttribute('value')), { timeout: 5000 }).toBeGreaterThan(0);
    expect(await agent.getByTestId('device-check-verdict').getAttribute('data-state')).toBe('passed');
    await agent.screenshot({ path: join(screenshots, 'devices-check-passed.png') });
    await agent.getByTestId('device-check-close').click();
    await agent.getByTestId('device-check').waitFor({ state: 'hidden' });
    expect(await agentState()).toBe('ready');
  });
});

describe('where the sound goes', () => {
  it('rings on the ringer and in the headset while a call rings; the call itself is heard in the headset only', async () => {
    const ids = await outputIds();
    await caller.click('#call');
    await agent.getByTestId('incoming-call').waitFor();
    const ringing = () =>
      agent.evaluate(() => Array.from(document.querySelectorAll<HTMLAudioElement>('audio[data-ringtone]')).filter((a) => !a.paused).map((a) => a.sinkId).sort());
    await expect.poll(ringing).toEqual([ids['Fake Audio Output 1'], ids['Fake Audio Output 2']].sort());

    await agent.keyboard.press('Alt+A');
    await agent.locator('[data-testid="active-call"][data-state="active"]').waitFor();
    await expect.poll(ringing).toEqual([]);
    const callSinks = () => agent.evaluate(() => Array.from(document.querySelectorAll<HTMLAudioElement>('audio[data-media-session]')).map((a) => a.sinkId));
    await expect.poll(callSinks).toEqual([ids['Fake Audio Output 1']]);

    await caller.click('#hangup');
    await agent.getByTestId('idle').waitFor();
  });
});
