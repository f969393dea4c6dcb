/**
 * Transfers end to end: a citizen's phone (a Chromium caller-simulator page) calls the desk, the
 * agent hands the call to a third phone (another Chromium page, registered under a mobile number,
 * answering by itself) blind, then after a consult call; on the transferred leg the caller and
 * the target hear each other (bytes and audio level), and the desk is left without the call.
 * Then the urgent handover from the caller's card: Bromma's on-call mobile rings unanswered, the
 * deputy answers and takes the caller. Screenshots land in .test-output/screenshots.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCallers } from '../../main/data/demo/demo-callers.js';
import { brommaOncall } from '../../main/data/demo/world.js';
import { callerInboundAudio, tapPeerConnections, waitForAudio } from './harness/audio-stats.js';
import { simulatorState } from './harness/caller-simulator-page.js';
import { startDeskRig, type DeskRig } from './harness/desk-rig.js';

const screenshots = resolve(import.meta.dirname, '../../.test-output/screenshots');
// A fictional mobile number (PTS range 070-174 06 xx): the colleague or on-call phone the caller is handed to.
const target = { e164: '+46701740690', typed: '070-174 06 90' };
// Bromma's on-call mobiles are registered phones (the demo rota's week is long past, so no shift number applies).
const users = {
  '1001': 'pw-agent-1001',
  [target.e164]: 'pw-target',
  'pstn-gateway': 'pw-gateway',
  [brommaOncall.oncallNumber]: 'pw-oncall',
  [brommaOncall.oncallDeputyNumber]: 'pw-deputy',
};

let rig: DeskRig;
let agent: Page;
let caller: Page;
let targetPhone: Page;
let oncallPhone: Page;
let deputyPhone: Page;

/** The citizen calls; the agent answers from the desk. */
async function answeredCall(): Promise<void> {
  await caller.click('#call');
  await agent.getByTestId('answer-button').click({ timeout: 10_000 });
  await agent.locator('[data-testid="active-call"][data-state="active"]').waitFor();
  await expect.poll(() => simulatorState(caller)).toBe('talking');
}

async function openTransfer(): Promise<void> {
  await agent.getByTestId('transfer-toggle').click();
  await agent.getByTestId('transfer-number').fill(target.typed);
}

/** On the transferred leg, each side hears the other: bytes arrive and they are not silence. */
async function transferredLegHasAudio(since: number): Promise<void> {
  const [atTarget, atCaller] = await Promise.all([
    waitForAudio('the target', () => callerInboundAudio(targetPhone), since, 8000),
    waitForAudio('the caller', () => callerInboundAudio(caller), since, 8000),
  ]);
  console.info(`transferred leg: target hears the caller after ${atTarget.afterMs.toFixed(0)} ms (${atTarget.audio.bytesReceived} B), the caller hears the target after ${atCaller.afterMs.toFixed(0)} ms (${atCaller.audio.bytesReceived} B)`);
}

async function bothHangUp(): Promise<void> {
  await caller.click('#hangup');
  await expect.poll(() => simulatorState(targetPhone)).toBe('ended');
  await expect.poll(() => simulatorState(caller)).toBe('ended');
}

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  rig = await startDeskRig(users, { agent: { wrapUpSeconds: 1 }, handover: { answerTimeoutSeconds: 2 } });
  agent = await rig.deskPage({ prepare: tapPeerConnections });
  caller = await rig.callerSimulator({ user: 'pstn-gateway', password: users['pstn-gateway'], to: '600', from: [`Known citizen|${demoCallers.knownCitizen.e164}`] });
  targetPhone = await rig.callerSimulator({ user: target.e164, password: users[target.e164]!, autoAnswer: true });
  oncallPhone = await rig.callerSimulator({ user: brommaOncall.oncallNumber, password: users[brommaOncall.oncallNumber]! });
  deputyPhone = await rig.callerSimulator({ user: brommaOncall.oncallDeputyNumber, password: users[brommaOncall.oncallDeputyNumber]!, autoAnswer: true });
});

afterAll(() => rig?.stop());

describe('transfers with audio on the transferred leg', () => {
  it('blind: the caller ends up talking with the target and the desk is free', async () => {
    await answeredCall();
    await openTransfer();
    await agent.screenshot({ path: join(screenshots, 'transfer-form.png') });
    const started = performance.now();
    await agent.getByTestId('transfer-blind').click();
    await expect.poll(() => simulatorState(targetPhone)).toBe('talking');
    await expect.poll(() => simulatorState(caller)).toBe('talking');
    await expect.poll(() => agent.getByTestId('active-call').count()).toBe(0);
    await transferredLegHasAudio(started);
    await bothHangUp();
  });

  it('attended: the agent talks to the target while the caller holds, then completes', async () => {
    await answeredCall();
    await openTransfer();
    await agent.getByTestId('transfer-consult').click();
    await agent.locator('[data-testid="transfer-status"][data-state="consulting"]').waitFor();
    expect(await agent.getByTestId('transfer-status').textContent()).toContain('070-174 06 90');
    await agent.screenshot({ path: join(screenshots, 'transfer-consulting.png') });
    const started = performance.now();
    await agent.getByTestId('transfer-complete').click();
    await expect.poll(() => agent.getByTestId('active-call').count()).toBe(0);
    await expect.poll(() => simulatorState(caller)).toBe('talking');
    await expect.poll(() => simulatorState(targetPhone)).toBe('talking');
    await transferredLegHasAudio(started);
    await bothHangUp();
  });

  it("urgent: the card hands the caller to Bromma's on-call, then its deputy when nobody answers", async () => {
    await answeredCall();
    const urgent = agent.getByTestId('urgent-handover');
    expect(await urgent.textContent()).toBe('Urgent – hand to Bromma on-call');
    const started = performance.now();
    await urgent.click();
    await agent.locator('[data-testid="transfer-status"][data-state="calling"][data-attempt="oncall"]').waitFor();
    await expect.poll(() => simulatorState(oncallPhone)).toBe('incoming');
    await agent.screenshot({ path: join(screenshots, 'urgent-calling-oncall.png') });
    await agent.locator('[data-testid="transfer-status"][data-state="consulting"][data-attempt="deputy"]').waitFor({ timeout: 8000 });
    expect(await simulatorState(oncallPhone)).toBe('ended');
    expect(await agent.getByTestId('transfer-status').textContent()).toContain('Bromma on-call deputy answered');
    await agent.screenshot({ path: join(screenshots, 'urgent-deputy-answered.png') });
    await agent.getByTestId('transfer-complete').click();
    await expect.poll(() => agent.getByTestId('active-call').count()).toBe(0);
    await expect.poll(() => simulatorState(caller)).toBe('talking');
    await Promise.all([
      waitForAudio('the deputy', () => callerInboundAudio(deputyPhone), started, 10_000),
      waitForAudio('the caller', () => callerInboundAudio(caller), started, 10_000),
    ]);
    console.info(`urgent handover end to end: ${(performance.now() - started).toFixed(0)} ms from the click to the caller talking with the deputy`);
    await caller.click('#hangup');
    await expect.poll(() => simulatorState(deputyPhone)).toBe('ended');
  });
});
