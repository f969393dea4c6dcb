/**
 * Call controls end to end: the agent calls a citizen's phone (a Chromium page registered under
 * a number) from the dial pad, with audio both ways; hold, mute and the keypad as the far end
 * hears them; a failed call explained; and a second caller taken while on a call. Screenshots
 * of each state land in .test-output/screenshots.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCallers } from '../../main/data/demo/demo-callers.js';
import { agentInboundAudio, callerInboundAudio, tapPeerConnections, waitForAudio } from './harness/audio-stats.js';
import { simulatorState } from './harness/caller-simulator-page.js';
import { startDeskRig, type DeskRig } from './harness/desk-rig.js';

const screenshots = resolve(import.meta.dirname, '../../.test-output/screenshots');
// A fictional mobile number (PTS range 070-174 06 xx), registered by the citizen's phone.
const citizenPhone = { e164: '+46701740660', typed: '070-174 06 60' };
const users = { '1001': 'pw-agent-1001', [citizenPhone.e164]: 'pw-citizen', 'pstn-gateway': 'pw-gateway' };

let rig: DeskRig;
let agent: Page;
let citizen: Page;
let secondCaller: Page;

interface FarEndAudio {
  bytesReceived: number;
  totalAudioEnergy: number;
}
const farEnd = () => citizen.evaluate(() => (window as unknown as { callerSimulator: { inboundAudio(): Promise<FarEndAudio> } }).callerSimulator.inboundAudio());
const farEndDirection = () => citizen.evaluate(() => (window as unknown as { callerSimulator: { audioDirection(): string | null } }).callerSimulator.audioDirection());

/** What reached the citizen over one second: bytes, and sound energy (zero for silence). */
async function oneSecondAtFarEnd(): Promise<FarEndAudio> {
  const before = await farEnd();
  await new Promise((done) => setTimeout(done, 1000));
  const after = await farEnd();
  return { bytesReceived: after.bytesReceived - before.bytesReceived, totalAudioEnergy: after.totalAudioEnergy - before.totalAudioEnergy };
}

/** The agent calls the citizen from the dial pad and the citizen answers. */
async function talkingToCitizen(): Promise<void> {
  await agent.getByTestId('dial-input').fill(citizenPhone.typed);
  await agent.keyboard.press('Enter');
  await expect.poll(() => simulatorState(citizen)).toBe('incoming');
  await citizen.click('#answer');
  await agent.locator('[data-testid="active-call"][data-state="active"]').waitFor();
}

/** Ringback elements playing in the agent's page, by the device they play on. */
const ringbackSinks = () =>
  agent.evaluate(() => Array.from(document.querySelectorAll<HTMLAudioElement>('audio[data-ringback]')).filter((a) => !a.paused).map((a) => a.dataset['ringback']));

async function dialFromKeyboard(number: string): Promise<void> {
  await agent.keyboard.press('Alt+D');
  await agent.keyboard.type(number);
  await agent.keyboard.press('Enter');
}

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  rig = await startDeskRig(users);
  agent = await rig.deskPage({ prepare: tapPeerConnections });
  citizen = await rig.callerSimulator({ user: citizenPhone.e164, password: users[citizenPhone.e164]! });
  secondCaller = await rig.callerSimulator({ user: 'pstn-gateway', password: users['pstn-gateway'], to: '600', from: [`Known citizen|${demoCallers.knownCitizen.e164}`] });
});

afterAll(() => rig?.stop());

describe('calling out', () => {
  it('calls the number typed on the keyboard, rings out, and has audio both ways once answered', async () => {
    await dialFromKeyboard(citizenPhone.typed);
    await expect.poll(() => simulatorState(citizen)).toBe('incoming');
    const progress = agent.getByTestId('call-progress');
    await expect.poll(() => progress.textContent()).toBe('Ringing…');
    expect(await agent.getByTestId('called-number').textContent()).toBe('070-174 06 60');
    // No headset chosen: the agent hears ringback on the default output.
    await expect.poll(ringbackSinks).toEqual(['default']);
    await agent.screenshot({ path: join(screenshots, 'calling-out-ringing.png') });

    const answeredAt = performance.now();
    await citizen.click('#answer');
    await agent.locator('[data-testid="active-call"][data-state="active"]').waitFor();
    await expect.poll(ringbackSinks).toEqual([]);
    const [atAgent, atCitizen] = await Promise.all([
      waitForAudio('the agent', () => agentInboundAudio(agent), answeredAt, 5000),
      waitForAudio('the citizen', () => callerInboundAudio(citizen), answeredAt, 5000),
    ]);
    console.info(`outgoing answer-to-audio: agent hears after ${atAgent.afterMs.toFixed(0)} ms, the citizen after ${atCitizen.afterMs.toFixed(0)} ms`);
  });

  it('holds: the citizen receives no sound and its phone sees recvonly; resume brings the sound back', async () => {
    const talking = await oneSecondAtFarEnd();
    expect(talking.totalAudioEnergy).toBeGreaterThan(0);
    await agent.getByTestId('hold-button').click();
    await agent.locator('[data-testid="active-call"][data-held="true"]').waitFor();
    expect(await farEndDirection()).toBe('recvonly');
    await agent.screenshot({ path: join(screenshots, 'call-on-hold.png') });
    await new Promise((done) => setTimeout(done, 300));
    const held = await oneSecondAtFarEnd();
    // Silence, give or take what was still in the jitter buffer.
    expect(held.totalAudioEnergy).toBeLessThan(talking.totalAudioEnergy / 100);

    await agent.getByTestId('hold-button').click();
    await agent.locator('[data-testid="active-call"][data-held="false"]').waitFor();
    expect(await farEndDirection()).toBe('sendrecv');
    await new Promise((done) => setTimeout(done, 300));
    const resumed = await oneSecondAtFarEnd();
    expect(resumed.totalAudioEnergy).toBeGreaterThan(0);
    console.info(
      `citizen receives per second: talking ${talking.bytesReceived} B / energy ${talking.totalAudioEnergy.toExponential(1)}, ` +
        `held ${held.bytesReceived} B / ${held.totalAudioEnergy.toExponential(1)}, resumed ${resumed.bytesReceived} B / ${resumed.totalAudioEnergy.toExponential(1)}`,
    );
  });

  it('mutes: the agent\'s microphone stops reaching the citizen until unmuted', async () => {
    const talking = await oneSecondAtFarEnd();
    await agent.keyboard.press('Alt+M');
    await agent.locator('[data-testid="active-call"][data-muted="true"]').waitFor();
    await agent.getByTestId('muted-flag').waitFor();
    await new Promise((done) => setTimeout(done, 300));
    const muted = await oneSecondAtFarEnd();
    expect(muted.totalAudioEnergy).toBeLessThan(talking.totalAudioEnergy / 100);
    await agent.screenshot({ path: join(screenshots, 'call-muted.png') });
    await agent.getByTestId('mute-button').click();
    await agent.locator('[data-testid="active-call"][data-muted="false"]').waitFor();
    await new Promise((done) => setTimeout(done, 300));
    expect((await oneSecondAtFarEnd()).totalAudioEnergy).toBeGreaterThan(0);
  });

  it('sends key presses from the keypad and by typing digits on it', async () => {
    await agent.getByTestId('keypad-toggle').click();
    await agent.getByTestId('dtmf-key-1').click();
    await agent.keyboard.type('2#');
    await expect.poll(() => agent.getByTestId('dtmf-sent').textContent()).toBe('Sent: 12#');
    expect(await agent.getByTestId('action-error').count()).toBe(0);
    await agent.screenshot({ path: join(screenshots, 'call-keypad.png') });
  });

  it('hangs up from the desk and the citizen\'s phone ends too', async () => {
    await agent.keyboard.press('Alt+E');
    await agent.getByTestId('idle').waitFor();
    await expect.poll(() => simulatorState(citizen)).toBe('ended');
  });
});

describe('calls that do not go through', () => {
  it('refuses what is not a number under the field, and explains an unreachable one in words', async () => {
    await dialFromKeyboard('call mum');
    await expect.poll(() => agent.getByTestId('dial-error').textContent()).toContain('That is not a phone number');
    await agent.getByTestId('dial-input').fill('070-174 06 99');
    await agent.getByTestId('dial-button').click();
    const failure = agent.getByTestId('call-failure');
    await failure.waitFor();
    expect(await failure.getAttribute('data-reason')).toBe('unreachable');
    expect(await failure.textContent()).toContain('070-174 06 99');
    expect(await failure.textContent()).toContain('SIP status 404');
    await agent.screenshot({ path: join(screenshots, 'call-failed-unreachable.png') });
  });
});

describe('two calls at once', () => {
  it('shows a hunt-group caller waiting while on a call, takes them by holding the first, and lists both', async () => {
    await talkingToCitizen();

    // A hunt-group caller does not ring a busy agent: they wait in the strip, and can be taken.
    await secondCaller.click('#call');
    const waiting = agent.getByTestId('waiting-call');
    await waiting.waitFor();
    await expect.poll(() => waiting.textContent()).toContain('Margareta Lindqvist');
    await expect.poll(() => waiting.getByTestId('waiting-call-time').textContent()).toMatch(/^0:0[1-9]/);
    expect(await agent.getByTestId('incoming-call').count()).toBe(0);
    await agent.screenshot({ path: join(screenshots, 'call-waiting.png') });

    await waiting.getByTestId('waiting-call-answer').click();
    await expect.poll(() => simulatorState(secondCaller)).toBe('talking');
    await expect.poll(() => farEndDirection()).toBe('recvonly');
    const items = agent.getByTestId('call-list-item');
    await expect.poll(() => items.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-state')))).toEqual(['held', 'active']);
    await agent.screenshot({ path: join(screenshots, 'two-calls.png') });
    await agent.getByTestId('language-switch').getByText('SV', { exact: true }).click();
    await expect.poll(() => agent.getByTestId('call-list').textContent()).toContain('Parkerat');
    await agent.screenshot({ path: join(screenshots, 'two-calls-swedish.png') });
    await agent.getByTestId('language-switch').getByText('EN', { exact: true }).click();

    // Back to the citizen from the list: the caller from the hunt group is held in turn.
    await agent.getByTestId('call-list-resume').click();
    await expect.poll(() => farEndDirection()).toBe('sendrecv');
    await expect.poll(() => items.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-state')))).toEqual(['active', 'held']);
    await secondCaller.click('#hangup');
    await citizen.click('#hangup');
    await agent.getByTestId('idle').waitFor();
  });
});

describe('hold at once', () => {
  it('holds a call the moment it connects (the far end may refuse the first try) and resumes with sound', async () => {
    await talkingToCitizen();
    const pressed = performance.now();
    await agent.keyboard.press('Alt+H');
    await agent.locator('[data-testid="active-call"][data-held="true"]').waitFor();
    console.info(`hold right after the answer took ${(performance.now() - pressed).toFixed(0)} ms`);
    expect(await farEndDirection()).toBe('recvonly');
    expect(await agent.getByTestId('action-error').count()).toBe(0);
    await agent.keyboard.press('Alt+H');
    await agent.locator('[data-testid="active-call"][data-held="false"]').waitFor();
    await new Promise((done) => setTimeout(done, 300));
    expect((await oneSecondAtFarEnd()).totalAudioEnergy).toBeGreaterThan(0);
    await agent.keyboard.press('Alt+E');
    await agent.getByTestId('idle').waitFor();
  });
});
