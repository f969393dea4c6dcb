/**
 * A phone that never silently dies, against a real Kamailio that is killed, frozen and restarted
 * on the same port: the line says "unreachable" while it is, is registered again within 5 s of the
 * server's return, checks itself after sleep, and a connected call outlives both a server restart
 * and a change of the page that makes its media.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { RendererHub } from '../../main/core/renderer-hub.js';
import { silentLogger } from '../../main/core/logger.js';
import { PhoneLine } from '../../main/phone/phone-line.js';
import type { Call, RegistrationStatus } from '../../shared/contract/phone.js';
import { createCarrierPair } from '../../shared/messaging/carrier.js';
import { createRendererSideLink } from '../../shared/messaging/links.js';
import { startPbx, type Pbx } from '../fixtures/pbx/pbx.js';
import { FixedSdpSessionDescriptionHandler } from '../fixtures/sip/fixed-sdp-handler.js';
import { createNodePhone, type NodePhone } from '../fixtures/sip/node-phone.js';
import { startCoreUnderTest, type CoreUnderTest } from './harness/core-under-test.js';
import { tapOutgoingSip } from './harness/sip-wire-tap.js';

const users = { '1001': 'pw-1001', 'pstn-gateway': 'pw-gateway' };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let pbx: Pbx | undefined;
let line: PhoneLine | undefined;
let desk: CoreUnderTest | undefined;
const phones: NodePhone[] = [];

afterEach(async () => {
  if (pbx) signalKamailio(pbx.port, 'SIGCONT');
  await Promise.all(phones.splice(0).map((p) => p.stop()));
  await line?.stop();
  await desk?.stop();
  await pbx?.stop();
  [line, desk, pbx] = [undefined, undefined, undefined];
});

/** Kamailio's main process and its workers for this run's port: only the processes this test started. */
function signalKamailio(port: number, signal: NodeJS.Signals): number {
  const pids = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry)).filter((pid) => {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      return args[0]?.endsWith('kamailio') && args.includes(`tcp:127.0.0.1:${port}`);
    } catch {
      return false;
    }
  });
  pids.forEach((pid) => process.kill(Number(pid), signal));
  return pids.length;
}

/** The desk's line with the product's own retry policy and keep-alive, reporting every status. */
function startLine(server: string) {
  const seen: { status: RegistrationStatus; at: number }[] = [];
  line = new PhoneLine({
    sip: { server, user: '1001', password: users['1001'], domain: '', iceServers: [] },
    media: new RendererHub().media,
    log: silentLogger,
    onStatus: (status) => seen.push({ status, at: performance.now() }),
    onInvite: (invitation) => void invitation.reject(),
  });
  line.start();
  const waitFor = async (state: RegistrationStatus['state'], since: number, timeoutMs: number) => {
    const started = performance.now();
    for (;;) {
      const found = seen.find((s) => s.status.state === state && s.at >= since);
      if (found) return found.at;
      if (performance.now() - started > timeoutMs) throw new Error(`no ${state} within ${timeoutMs} ms: ${JSON.stringify(seen.map((s) => s.status.state))}`);
      await sleep(10);
    }
  };
  return { seen, waitFor };
}

describe('registration health', () => {
  it('says unreachable when Kamailio is killed, and is registered again within 5 s of its return', async () => {
    pbx = await startPbx({ users });
    const desk = startLine(pbx.wsUrl);
    await desk.waitFor('registered', 0, 10_000);

    const killedAt = performance.now();
    expect(signalKamailio(pbx.port, 'SIGKILL')).toBeGreaterThan(0);
    const unreachableAt = await desk.waitFor('unreachable', killedAt, 5_000);
    await pbx.stop();
    await sleep(6_000); // long enough for the backoff to reach its ceiling
    pbx = await startPbx({ users, port: pbx.port });
    const backAt = performance.now();
    const registeredAt = await desk.waitFor('registered', backAt, 10_000);

    console.info(`Kamailio killed: unreachable after ${(unreachableAt - killedAt).toFixed(0)} ms; back on its port: registered again after ${(registeredAt - backAt).toFixed(0)} ms`);
    expect(registeredAt - backAt).toBeLessThanOrEqual(5_000);
    expect(desk.seen.filter((s) => s.at > killedAt && s.at < backAt).map((s) => s.status.state)).not.toContain('registered');
  }, 40_000);

  it('notices within 30 s a server that stops answering without closing, and registers once it answers again', async () => {
    pbx = await startPbx({ users });
    const desk = startLine(pbx.wsUrl);
    await desk.waitFor('registered', 0, 10_000);

    const frozenAt = performance.now();
    signalKamailio(pbx.port, 'SIGSTOP');
    const unreachableAt = await desk.waitFor('unreachable', frozenAt, 30_000);
    signalKamailio(pbx.port, 'SIGCONT');
    const thawedAt = performance.now();
    const registeredAt = await desk.waitFor('registered', thawedAt, 15_000);

    console.info(`Kamailio frozen: unreachable after ${(unreachableAt - frozenAt).toFixed(0)} ms; thawed: registered after ${(registeredAt - thawedAt).toFixed(0)} ms`);
    expect(unreachableAt - frozenAt).toBeLessThanOrEqual(30_000);
  }, 60_000);

  it('after sleep re-registers at once on a live line, and gives up a dead one within seconds', async () => {
    pbx = await startPbx({ users });
    const desk = startLine(pbx.wsUrl);
    await desk.waitFor('registered', 0, 10_000);
    const wire = tapOutgoingSip();
    try {
      const resumedAt = performance.now();
      line!.resumed();
      await expect.poll(() => wire.sent.find((m) => m.firstLine.startsWith('REGISTER ') && m.at > resumedAt), { timeout: 1_000 }).toBeDefined();
      expect(line!.current.state).toBe('registered');

      signalKamailio(pbx.port, 'SIGSTOP');
      const sleptAt = performance.now();
      line!.resumed();
      const unreachableAt = await desk.waitFor('unreachable', sleptAt, 5_000);
      console.info(`resumed on a dead line: unreachable after ${(unreachableAt - sleptAt).toFixed(0)} ms`);
      signalKamailio(pbx.port, 'SIGCONT');
      await desk.waitFor('registered', unreachableAt, 15_000);
    } finally {
      wire.restore();
    }
  }, 40_000);
});

describe('a connected call', () => {
  const active = (callId: string) => (c: Call) => c.callId === callId && c.state === 'active';
  const endedEarly = (callId: string) => desk!.events.some((e) => e.channel === 'phone.callChanged' && (e.payload as Call).callId === callId && (e.payload as Call).state === 'ended');

  async function connectedCall() {
    pbx = await startPbx({ users, huntGroups: { '600': ['1001'] }, trunkUser: 'pstn-gateway' });
    desk = await startCoreUnderTest({ sip: { server: pbx.wsUrl, user: '1001', password: users['1001'] } });
    await desk.waitFor('phone.registrationChanged', (s) => s.state === 'registered', 15_000);
    const gateway = await createNodePhone({ wsUrl: pbx.wsUrl, user: 'pstn-gateway', password: users['pstn-gateway'] });
    phones.push(gateway);
    const caller = gateway.call('600');
    const ringing = await desk.waitFor('phone.callChanged', (c) => c.state === 'ringing');
    expect(await desk.renderer.request('phone.answerCall', { callId: ringing.callId })).toEqual({ ok: true, value: {} });
    await caller.waitEstablished();
    await desk.waitFor('phone.callChanged', active(ringing.callId));
    return { caller, callId: ringing.callId };
  }

  it('stays up through a Kamailio restart; the line comes back, takes new calls, and the agent can still hang up', async () => {
    const { caller, callId } = await connectedCall();
    const killedAt = performance.now();
    signalKamailio(pbx!.port, 'SIGKILL');
    await desk!.waitFor('phone.registrationChanged', (s) => s.state === 'unreachable');
    await pbx!.stop();
    pbx = await startPbx({ users, huntGroups: { '600': ['1001'] }, trunkUser: 'pstn-gateway', port: pbx!.port });
    const backAt = performance.now();
    const seenBefore = desk!.events.length;
    const registeredAgain = () => desk!.events.slice(seenBefore).some((e) => e.channel === 'phone.registrationChanged' && (e.payload as RegistrationStatus).state === 'registered');
    await expect.poll(registeredAgain, { timeout: 5_000, interval: 10 }).toBe(true);
    console.info(`mid-call restart: registered again ${(performance.now() - backAt).toFixed(0)} ms after Kamailio's return (${(performance.now() - killedAt).toFixed(0)} ms after the kill)`);
    expect(endedEarly(callId)).toBe(false);
    expect(caller.inviter.state).toBe('Established');

    const newcomer = await createNodePhone({ wsUrl: pbx.wsUrl, user: 'pstn-gateway', password: users['pstn-gateway'] });
    phones.push(newcomer);
    const second = newcomer.call('600');
    // The agent is still on the first call: the newcomer reaches the desk and waits in the strip.
    const rings = await desk!.waitFor('phone.callChanged', (c) => c.state === 'waiting' && c.callId !== callId);
    await second.hangUp();
    await desk!.waitFor('phone.callChanged', (c) => c.callId === rings.callId && c.state === 'ended');

    const hungUpAt = performance.now();
    await desk!.renderer.request('phone.hangUpCall', { callId });
    const ended = await desk!.waitFor('phone.callChanged', (c) => c.callId === callId && c.state === 'ended');
    expect(ended.endReason).toBe('hungUpByAgent');
    await sleep(500);
    console.info(`agent hung up after the restart: ended at the desk in ${(performance.now() - hungUpAt - 500).toFixed(0)} ms; old caller's session is ${caller.inviter.state} (its WebSocket died with Kamailio)`);
  }, 40_000);

  it('is re-INVITEd with a fresh offer from a new page that takes over its media, and back again when that page goes', async () => {
    const { caller, callId } = await connectedCall();
    const wire = tapOutgoingSip();
    try {
      const [coreCarrier, pageCarrier] = createCarrierPair();
      const page = createRendererSideLink(pageCarrier);
      const media: string[] = [];
      const handlers = new Map<string, FixedSdpSessionDescriptionHandler>();
      const handlerFor = (id: string) => handlers.get(id) ?? handlers.set(id, new FixedSdpSessionDescriptionHandler()).get(id)!;
      page.handle('media.getDescription', async ({ sessionId, options }) => {
        media.push(`offer for ${sessionId}`);
        return { ...(await handlerFor(sessionId).getDescription(options)), dtmfReady: true };
      });
      page.handle('media.setDescription', async ({ sessionId, sdp }) => {
        media.push(`answer for ${sessionId}`);
        await handlerFor(sessionId).setDescription(sdp);
        return { dtmfReady: true };
      });
      const reinvites = () => wire.sent.filter((m) => m.firstLine.startsWith('INVITE ') && m.callId && callId.startsWith(m.callId));

      const attachedAt = performance.now();
      desk!.core.attachRenderer(coreCarrier);
      await expect.poll(() => reinvites().length, { timeout: 5_000 }).toBe(1);
      await expect.poll(() => media, { timeout: 5_000 }).toEqual([`offer for ${callId}`, `answer for ${callId}`]);
      console.info(`new page took over media right after the answer: re-INVITE sent ${(reinvites()[0]!.at - attachedAt).toFixed(0)} ms after it attached (after the ACK wait)`);

      pageCarrier.close();
      await expect.poll(() => reinvites().length, { timeout: 5_000 }).toBe(2);
      await sleep(300);
      expect(endedEarly(callId)).toBe(false);
      expect(caller.inviter.state).toBe('Established');
      expect(desk!.logLines.filter((line) => line.includes('call audio restored'))).toHaveLength(2);
      await caller.hangUp();
      expect((await desk!.waitFor('phone.callChanged', (c) => c.callId === callId && c.state === 'ended')).endReason).toBe('hungUpByCaller');
    } finally {
      wire.restore();
    }
  });
});
