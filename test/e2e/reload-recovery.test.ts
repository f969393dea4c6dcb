/**
 * The agent's page reloads in the middle of a call (a crash, F5, an update): the core keeps the
 * SIP dialog and re-INVITEs the caller with a fresh offer from the new page, so both hear each
 * other again within seconds. Real Kamailio, the built dev host and Chromium for both ends.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCallers } from '../../main/data/demo/demo-callers.js';
import { agentInboundAudio, callerInboundAudio, tapPeerConnections, waitForAudio, type InboundAudio } from './harness/audio-stats.js';
import { simulatorState } from './harness/caller-simulator-page.js';
import { startDeskRig, type DeskRig } from './harness/desk-rig.js';

const users = { '1001': 'pw-agent-1001', 'pstn-gateway': 'pw-gateway' };

let rig: DeskRig;
let agent: Page;
let caller: Page;

beforeAll(async () => {
  rig = await startDeskRig(users);
  agent = await rig.deskPage({ prepare: tapPeerConnections });
  caller = await rig.callerSimulator({ user: 'pstn-gateway', password: users['pstn-gateway'], to: '600', from: [`Known citizen|${demoCallers.knownCitizen.e164}`] });
});

afterAll(() => rig?.stop());

/**
 * When the caller hears the agent again: its peer connection (the same one all along) receives
 * audio after a gap of at least `gapMs`, the gap being the time no page was sending.
 */
async function waitForAudioAfterGap(read: () => Promise<InboundAudio>, since: number, deadlineMs: number, gapMs = 150): Promise<number> {
  let last = await read();
  let lastGrowth = performance.now();
  let gapSeen = false;
  while (performance.now() - since < deadlineMs) {
    const now = await read();
    const at = performance.now();
    if (now.bytesReceived > last.bytesReceived) {
      if (gapSeen && now.audioLevel > 0) return at - since;
      lastGrowth = at;
    } else if (at - lastGrowth >= gapMs) {
      gapSeen = true;
    }
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`the caller heard nothing new within ${deadlineMs} ms (gap seen: ${gapSeen}, last: ${JSON.stringify(last)})`);
}

/** Bytes that arrive over one second, and the level at its end. */
async function oneSecondOf(read: () => Promise<InboundAudio>): Promise<InboundAudio> {
  const before = await read();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const after = await read();
  return { bytesReceived: after.bytesReceived - before.bytesReceived, audioLevel: after.audioLevel };
}

describe('renderer reload mid-call', () => {
  it('brings the audio back both ways within a few seconds, on the same call', async () => {
    await caller.selectOption('#from', demoCallers.knownCitizen.e164);
    await caller.click('#call');
    await agent.getByTestId('incoming-call').waitFor();
    const answeredAt = performance.now();
    await agent.keyboard.press('Alt+A');
    await agent.getByTestId('active-call').waitFor();
    await Promise.all([
      waitForAudio('the agent', () => agentInboundAudio(agent), answeredAt, 5000),
      waitForAudio('the caller', () => callerInboundAudio(caller), answeredAt, 5000),
    ]);

    // Mid-call, not at the answer: a call answered under a second ago still waits out the caller's ACK.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const reloadAt = performance.now();
    const callerBack = waitForAudioAfterGap(() => callerInboundAudio(caller), reloadAt, 8000);
    await agent.reload();
    const [atAgent, callerAfterMs] = await Promise.all([
      waitForAudio('the agent after the reload', () => agentInboundAudio(agent), reloadAt, 8000),
      callerBack,
    ]);
    console.info(
      `reload mid-call: the agent hears the caller again ${atAgent.afterMs.toFixed(0)} ms after the reload began, the caller hears the agent again after ${callerAfterMs.toFixed(0)} ms`,
    );
    expect(atAgent.afterMs).toBeLessThan(5000);
    expect(callerAfterMs).toBeLessThan(5000);

    const [agentHears, callerHears] = await Promise.all([oneSecondOf(() => agentInboundAudio(agent)), oneSecondOf(() => callerInboundAudio(caller))]);
    console.info(`next second: the agent received ${agentHears.bytesReceived} B, the caller ${callerHears.bytesReceived} B`);
    expect(agentHears.bytesReceived).toBeGreaterThan(1000);
    expect(callerHears.bytesReceived).toBeGreaterThan(1000);
    expect(agentHears.audioLevel).toBeGreaterThan(0);
    expect(callerHears.audioLevel).toBeGreaterThan(0);

    // The same call all along: the page shows it connected, the caller never hung up, one re-INVITE did it.
    await agent.getByTestId('active-call').waitFor();
    expect(await simulatorState(caller)).toBe('talking');
    const restored = /"message":"call audio restored on the new desk page".*?"ms":(\d+)/.exec(rig.desk.log());
    expect(restored, 'the core did not log the recovery').not.toBeNull();
    console.info(`core: new page attached -> re-INVITE answered in ${restored![1]} ms`);

    await agent.getByTestId('hang-up-button').click();
    await agent.getByTestId('idle').waitFor();
    await expect.poll(() => simulatorState(caller)).toBe('ended');
  });
});
