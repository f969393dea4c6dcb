/**
 * Queue behaviour of three desks in one ring-all hunt group on a real Kamailio: a Ready idle
 * agent rings, a busy one shows the caller in the waiting strip (182 Queued, no ring), a Not
 * ready one declines while the fork goes on; a busy agent who becomes Ready gets the oldest
 * waiting caller; a level-2 agent rings only after the call has waited the threshold.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Call } from '../../shared/contract/phone.js';
import { startPbx, type Pbx } from '../fixtures/pbx/pbx.js';
import { createNodePhone, type NodePhone, type OutgoingCall } from '../fixtures/sip/node-phone.js';
import { ok, startCoreUnderTest, type CoreUnderTest } from './harness/core-under-test.js';

const users = { '1001': 'pw-1001', '1002': 'pw-1002', '1003': 'pw-1003', 'pstn-gateway': 'pw-gateway' };
const LEVEL2_DELAY_S = 2;

let pbx: Pbx;
let ready: CoreUnderTest;
let busy: CoreUnderTest;
let notReady: CoreUnderTest;
let gateway: NodePhone;
const callers: OutgoingCall[] = [];

const desk = (user: keyof typeof users, agent: Record<string, unknown>) =>
  startCoreUnderTest({ sip: { server: pbx.wsUrl, user, password: users[user] }, agent: { wrapUpSeconds: 0, ringTimeoutSeconds: 30, ...agent } });

beforeAll(async () => {
  pbx = await startPbx({ users, huntGroups: { '600': ['1001', '1002', '1003'] }, trunkUser: 'pstn-gateway' });
  [ready, busy, notReady] = await Promise.all([desk('1001', {}), desk('1002', {}), desk('1003', { level: 2, level2DelaySeconds: LEVEL2_DELAY_S })]);
  await Promise.all([ready, busy, notReady].map((d) => d.waitFor('phone.registrationChanged', (s) => s.state === 'registered', 15_000)));
  gateway = await createNodePhone({ wsUrl: pbx.wsUrl, user: 'pstn-gateway', password: users['pstn-gateway'] });
}, 30_000);

afterAll(async () => {
  await Promise.allSettled(callers.map((c) => c.hangUp()));
  await gateway?.stop();
  for (const d of [ready, busy, notReady]) {
    await d?.core.stop();
    rmSync(d?.dataDir ?? '/nonexistent', { recursive: true, force: true });
  }
  await pbx?.stop();
});

let nextNumber = 740_610;
/** A PSTN caller to the hunt group, each with its own number so the desks can tell them apart. */
function callQueue(): { caller: OutgoingCall; e164: string } {
  const e164 = `+46701${nextNumber++}`;
  const caller = gateway.call('600', { assertedIdentity: e164 });
  callers.push(caller);
  return { caller, e164 };
}

const callOf = (d: CoreUnderTest, e164: string, state: Call['state']) =>
  d.waitFor('phone.callChanged', (c) => c.caller.e164 === e164 && c.state === state, 8_000);

const statesOf = (d: CoreUnderTest, e164: string) =>
  d.events.flatMap((e) => (e.channel === 'phone.callChanged' && (e.payload as Call).caller.e164 === e164 ? [(e.payload as Call).state] : []));

async function answerAt(d: CoreUnderTest, callId: string): Promise<void> {
  await ok(d.renderer.request('phone.answerCall', { callId }));
  await d.waitFor('phone.callChanged', (c) => c.callId === callId && c.state === 'active');
}

describe('a ring-all hunt group with a Ready, a busy and a Not ready agent', () => {
  let first: { caller: OutgoingCall; e164: string };
  let busyCall: Call;

  it('sets the scene: 1002 is on a direct call, 1003 is Not ready', async () => {
    await ok(notReady.renderer.request('agent.setState', { state: 'notReady', reason: 'break' }));
    const direct = gateway.call('1002', { assertedIdentity: '+46701740609' });
    callers.push(direct);
    busyCall = await busy.waitFor('phone.callChanged', (c) => c.dialled === '1002' && c.state === 'ringing', 8_000);
    await answerAt(busy, busyCall.callId);
    await direct.waitEstablished();
  });

  it('rings the Ready agent, shows the caller waiting to the busy one, and the Not ready one declines', async () => {
    first = callQueue();
    const ringing = await callOf(ready, first.e164, 'ringing');
    const waiting = await callOf(busy, first.e164, 'waiting');
    expect(waiting.callId).toBe(ringing.callId);
    expect(statesOf(busy, first.e164)).not.toContain('ringing');
    expect(statesOf(notReady, first.e164)).toEqual([]);

    await answerAt(ready, ringing.callId);
    await first.caller.waitEstablished();
    expect(await callOf(busy, first.e164, 'ended')).toMatchObject({ endReason: 'answeredElsewhere' });
  });

  it('gives the oldest waiting caller to the busy agent once they are Ready again', async () => {
    const older = callQueue();
    await callOf(busy, older.e164, 'waiting');
    const newer = callQueue();
    await callOf(busy, newer.e164, 'waiting');
    await callOf(ready, newer.e164, 'waiting');

    await ok(busy.renderer.request('phone.hangUpCall', { callId: busyCall.callId }));
    await busy.waitFor('agent.stateChanged', (s) => s.state === 'wrapUp');
    expect(statesOf(busy, older.e164)).toEqual(['waiting']);

    await ok(busy.renderer.request('agent.setState', { state: 'ready' }));
    const rings = await callOf(busy, older.e164, 'ringing');
    expect(statesOf(busy, newer.e164)).toEqual(['waiting']);
    await answerAt(busy, rings.callId);
    await older.caller.waitEstablished();
    expect(await callOf(ready, older.e164, 'ended')).toMatchObject({ endReason: 'answeredElsewhere' });

    await newer.caller.hangUp();
    await callOf(busy, newer.e164, 'ended');
    await callOf(ready, newer.e164, 'ended');
  });

  it('rings a level-2 agent only after the caller has waited the threshold', async () => {
    await ok(notReady.renderer.request('agent.setState', { state: 'ready' }));
    const late = callQueue();
    const waiting = await callOf(notReady, late.e164, 'waiting');
    const waitingAt = Date.now();
    const ringing = await callOf(notReady, late.e164, 'ringing');
    expect(Date.now() - waitingAt).toBeGreaterThanOrEqual(LEVEL2_DELAY_S * 1000 - 500);
    expect(ringing.callId).toBe(waiting.callId);
    await answerAt(notReady, ringing.callId);
    await late.caller.waitEstablished();
  });
});
