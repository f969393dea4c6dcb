/**
 * Transfers against a real Kamailio, with the core in this process and real sip.js phones in Node:
 * a citizen calls in through the PSTN gateway, the agent hands them on blind (the target answers,
 * is busy, or is not there) or after a consult call (completed with Replaces, or cancelled). The
 * outcome is what the phones see, and the desk judges it by the NOTIFY sipfrag.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCallers } from '../../main/data/demo/demo-callers.js';
import type { Call, CallHistoryEntry } from '../../shared/contract/phone.js';
import type { Transfer } from '../../shared/contract/transfer.js';
import { startPbx, type Pbx } from '../fixtures/pbx/pbx.js';
import { createNodePhone, type NodePhone, type OutgoingCall } from '../fixtures/sip/node-phone.js';
import { ok, startCoreUnderTest, type CoreUnderTest } from './harness/core-under-test.js';

// Fictional numbers (PTS range 070-174 06 xx), registered at the PBX the way mobiles reach it through a trunk.
const target = { e164: '+46701740670', typed: '070-174 06 70' };
const busy = { e164: '+46701740671', typed: '070-174 06 71' };
const nobody = { typed: '070-174 06 72' };
const citizen = demoCallers.knownCitizen.e164;
const users = { '1001': 'pw-1001', 'pstn-gateway': 'pw-gateway', [target.e164]: 'pw-target', [busy.e164]: 'pw-busy' };

let pbx: Pbx;
let desk: CoreUnderTest;
let gateway: NodePhone;
let targetPhone: NodePhone;
let busyPhone: NodePhone;

beforeAll(async () => {
  pbx = await startPbx({ users, huntGroups: { '600': ['1001'] }, trunkUser: 'pstn-gateway' });
  desk = await startCoreUnderTest({ sip: { server: pbx.wsUrl, user: '1001', password: users['1001'] } });
  await desk.waitFor('phone.registrationChanged', (s) => s.state === 'registered', 15_000);
  [gateway, targetPhone, busyPhone] = await Promise.all([
    createNodePhone({ wsUrl: pbx.wsUrl, user: 'pstn-gateway', password: users['pstn-gateway'] }),
    createNodePhone({ wsUrl: pbx.wsUrl, user: target.e164, password: users[target.e164]! }),
    createNodePhone({ wsUrl: pbx.wsUrl, user: busy.e164, password: users[busy.e164]! }),
  ]);
});

afterAll(async () => {
  await Promise.all([gateway?.stop(), targetPhone?.stop(), busyPhone?.stop()]);
  await desk?.stop();
  await pbx?.stop();
});

const transfer = (callId: string, match: (t: Transfer) => boolean, timeoutMs?: number) =>
  desk.waitFor('transfer.changed', (t) => t.callId === callId && match(t), timeoutMs);

/** A citizen calls the hunt group; the agent answers. Calls after the first wait (wrap-up) and are answered from the strip. */
async function answeredCall(): Promise<{ callId: string; caller: OutgoingCall }> {
  const seen = new Set(desk.events.filter((e) => e.channel === 'phone.callChanged').map((e) => (e.payload as Call).callId));
  const caller = gateway.call('600', { assertedIdentity: citizen });
  const offered = await desk.waitFor('phone.callChanged', (c) => !seen.has(c.callId) && c.direction === 'inbound' && (c.state === 'ringing' || c.state === 'waiting'));
  await ok(desk.renderer.request('phone.answerCall', { callId: offered.callId }));
  await caller.waitEstablished();
  await desk.callChange(offered.callId, (c) => c.state === 'active');
  return { callId: offered.callId, caller };
}

async function history(callId: string): Promise<CallHistoryEntry | undefined> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const { calls } = await ok(desk.renderer.request('phone.getCallHistory', { limit: 50 }));
    const entry = calls.find((e) => e.callId === callId);
    if (entry?.outcome !== 'in_progress' || Date.now() > deadline) return entry;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('blind transfer', () => {
  it("hands the caller to the target, who sees the citizen's number; the desk's call ends as transferred", async () => {
    const { callId, caller } = await answeredCall();
    const started = performance.now();
    await ok(desk.renderer.request('transfer.blind', { callId, number: target.typed }));
    const followed = await gateway.nextReferred();
    const atTarget = await targetPhone.nextIncoming();
    expect(atTarget.request.getHeader('P-Asserted-Identity')).toContain(citizen);
    expect(atTarget.request.getHeader('Referred-By')).toContain('1001');
    await atTarget.accept();
    await followed.waitEstablished();
    expect(await transfer(callId, (t) => t.state === 'completed')).toMatchObject({ kind: 'blind', target: { e164: target.e164 } });
    expect(await desk.callChange(callId, (c) => c.state === 'ended')).toMatchObject({ endReason: 'transferred' });
    await caller.waitTerminated();
    console.info(`blind transfer: request -> caller with target ${(performance.now() - started).toFixed(0)} ms`);
    expect((await history(callId))?.outcome).toBe('transferred');
    await atTarget.hangUp();
    await followed.waitTerminated();
  });

  it('says "busy" when the target refuses (sipfrag 486): the agent is back with the caller, held', async () => {
    const { callId, caller } = await answeredCall();
    await ok(desk.renderer.request('transfer.blind', { callId, number: busy.typed }));
    const followed = await gateway.nextReferred();
    const atBusy = await busyPhone.nextIncoming();
    await atBusy.invitation.reject({ statusCode: 486 });
    expect(await transfer(callId, (t) => t.state === 'failed')).toMatchObject({ failure: { reason: 'busy', statusCode: 486 } });
    expect(followed.finalStatus).toBe(486);
    // Still connected to the agent, and held: the caller's phone answered our sendonly with recvonly.
    expect(caller.inviter.state).toBe('Established');
    expect(caller.localDirection()).toBe('recvonly');
    expect(desk.events.some((e) => e.channel === 'phone.callChanged' && (e.payload as Call).callId === callId && (e.payload as Call).state === 'ended')).toBe(false);
    await ok(desk.renderer.request('phone.resumeCall', { callId }));
    await desk.callChange(callId, (c) => c.held === false);
    await ok(desk.renderer.request('phone.hangUpCall', { callId }));
    await caller.waitTerminated();
  });

  it('says "unreachable" for a number nobody is registered on (sipfrag 404)', async () => {
    const { callId, caller } = await answeredCall();
    await ok(desk.renderer.request('transfer.blind', { callId, number: nobody.typed }));
    expect(await (await gateway.nextReferred()).waitFinalStatus()).toBe(404);
    expect(await transfer(callId, (t) => t.state === 'failed')).toMatchObject({ failure: { reason: 'unreachable', statusCode: 404 } });
    expect(caller.inviter.state).toBe('Established');
    await ok(desk.renderer.request('phone.hangUpCall', { callId }));
    await caller.waitTerminated();
  });
});

describe('attended transfer', () => {
  it('consults the target while the caller is held, then puts them through with Replaces', async () => {
    const { callId, caller } = await answeredCall();
    const started = performance.now();
    const { consultCallId } = await ok(desk.renderer.request('transfer.startConsult', { callId, number: target.typed }));
    await desk.callChange(callId, (c) => c.held === true);
    const consultAtTarget = await targetPhone.nextIncoming();
    await transfer(callId, (t) => t.state === 'calling' && t.consultCallId === consultCallId);
    await consultAtTarget.accept();
    await transfer(callId, (t) => t.state === 'consulting');
    expect(caller.localDirection()).toBe('recvonly');

    console.info(`attended transfer: consult request -> consulting ${(performance.now() - started).toFixed(0)} ms`);
    const completing = performance.now();
    await ok(desk.renderer.request('transfer.complete', { callId }));
    const followed = await gateway.nextReferred();
    const replacing = await targetPhone.nextIncoming();
    expect(replacing.request.getHeader('Replaces')).toContain(consultAtTarget.request.callId);
    expect(replacing.request.getHeader('P-Asserted-Identity')).toContain(citizen);
    await followed.waitEstablished();
    await replacing.waitEstablished();
    await consultAtTarget.waitTerminated();
    expect(await transfer(callId, (t) => t.state === 'completed')).toMatchObject({ kind: 'attended' });
    console.info(`attended transfer: complete -> caller with target ${(performance.now() - completing).toFixed(0)} ms`);
    expect(await desk.callChange(callId, (c) => c.state === 'ended')).toMatchObject({ endReason: 'transferred' });
    await desk.callChange(consultCallId, (c) => c.state === 'ended');
    await caller.waitTerminated();
    expect((await history(callId))?.outcome).toBe('transferred');
    await replacing.hangUp();
    await followed.waitTerminated();
  });

  it('cancels a consult: the consult call ends and the caller is taken off hold', async () => {
    const { callId, caller } = await answeredCall();
    const referredBefore = gateway.referred.length;
    const { consultCallId } = await ok(desk.renderer.request('transfer.startConsult', { callId, number: target.typed }));
    const consultAtTarget = await targetPhone.nextIncoming();
    await consultAtTarget.accept();
    await transfer(callId, (t) => t.state === 'consulting');
    await ok(desk.renderer.request('transfer.cancel', { callId }));
    await consultAtTarget.waitTerminated();
    await desk.callChange(consultCallId, (c) => c.state === 'ended');
    await transfer(callId, (t) => t.state === 'cancelled');
    await desk.callChange(callId, (c) => c.state === 'active' && c.held === false);
    expect(caller.localDirection()).toBe('sendrecv');
    expect(gateway.referred.length).toBe(referredBefore);
    await ok(desk.renderer.request('phone.hangUpCall', { callId }));
    await caller.waitTerminated();
  });
});
