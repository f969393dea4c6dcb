/**
 * The agent's call controls against a real Kamailio, with the core in this process and real
 * sip.js phones in Node on the other end: calling out (answered, busy, nobody there), hold and
 * resume as the far end sees them, key presses as SIP INFO, and a second caller while on a call.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Call } from '../../shared/contract/phone.js';
import { demoCallers } from '../../main/data/demo/demo-callers.js';
import { startPbx, type Pbx } from '../fixtures/pbx/pbx.js';
import { createNodePhone, type NodePhone } from '../fixtures/sip/node-phone.js';
import { startCoreUnderTest, type CoreUnderTest } from './harness/core-under-test.js';
import { tapOutgoingSip } from './harness/sip-wire-tap.js';

// Fictional numbers (PTS range 070-174 06 xx), registered at the PBX the way mobiles reach it through a trunk.
const answering = { e164: '+46701740650', typed: '070-174 06 50' };
const busy = { e164: '+46701740651', typed: '070 174 06 51' };
const nobody = { typed: '070-174 06 52' };
const users = { '1001': 'pw-1001', 'pstn-gateway': 'pw-gateway', [answering.e164]: 'pw-answering', [busy.e164]: 'pw-busy' };

let pbx: Pbx;
let desk: CoreUnderTest;
let callee: NodePhone;
let busyPhone: NodePhone;
let gateway: NodePhone;
const wire = tapOutgoingSip();

beforeAll(async () => {
  pbx = await startPbx({ users, huntGroups: { '600': ['1001'] }, trunkUser: 'pstn-gateway' });
  desk = await startCoreUnderTest({ sip: { server: pbx.wsUrl, user: '1001', password: users['1001'] }, phone: { dtmf: 'info' } });
  await desk.waitFor('phone.registrationChanged', (s) => s.state === 'registered', 15_000);
  [callee, busyPhone, gateway] = await Promise.all([
    createNodePhone({ wsUrl: pbx.wsUrl, user: answering.e164, password: users[answering.e164]! }),
    createNodePhone({ wsUrl: pbx.wsUrl, user: busy.e164, password: users[busy.e164]! }),
    createNodePhone({ wsUrl: pbx.wsUrl, user: 'pstn-gateway', password: users['pstn-gateway'] }),
  ]);
});

afterAll(async () => {
  await Promise.all([callee?.stop(), busyPhone?.stop(), gateway?.stop()]);
  await desk?.stop();
  await pbx?.stop();
  wire.restore();
});

async function dial(number: string): Promise<string> {
  const result = await desk.renderer.request('phone.dial', { number });
  if (!result.ok) throw new Error(`dial refused: ${JSON.stringify(result.error)}`);
  return result.value.callId;
}

async function request(channel: 'phone.holdCall' | 'phone.resumeCall' | 'phone.hangUpCall' | 'phone.answerCall', callId: string) {
  expect(await desk.renderer.request(channel, { callId })).toEqual({ ok: true, value: {} });
}

describe('calling out', () => {
  it('rings out, connects when answered, and ends when the other side hangs up', async () => {
    const started = performance.now();
    const callId = await dial(answering.typed);
    const incoming = await callee.nextIncoming();
    expect(incoming.request.to.uri.user).toBe(answering.e164);
    await desk.callChange(callId, (c) => c.state === 'ringingOut');
    const ringingAt = performance.now();
    await incoming.accept();
    const active = await desk.callChange(callId, (c) => c.state === 'active');
    console.info(`dial -> ringing out ${(ringingAt - started).toFixed(0)} ms, answer -> active ${(performance.now() - ringingAt).toFixed(0)} ms`);
    expect(active).toMatchObject({ direction: 'outbound', dialled: answering.e164, caller: { e164: answering.e164, display: '070-174 06 50' } });
    await incoming.hangUp();
    expect(await desk.callChange(callId, (c) => c.state === 'ended')).toMatchObject({ endReason: 'hungUpByCaller' });
  });

  it('hangs up with BYE from the desk', async () => {
    const callId = await dial(answering.typed);
    const incoming = await callee.nextIncoming();
    await incoming.accept();
    await desk.callChange(callId, (c) => c.state === 'active');
    await request('phone.hangUpCall', callId);
    await incoming.waitTerminated();
    expect(await desk.callChange(callId, (c) => c.state === 'ended')).toMatchObject({ endReason: 'hungUpByAgent' });
  });

  it('says "busy" when the callee answers 486', async () => {
    const callId = await dial(busy.typed);
    const incoming = await busyPhone.nextIncoming();
    await incoming.invitation.reject({ statusCode: 486 });
    expect(await desk.callChange(callId, (c) => c.state === 'ended')).toMatchObject({ endReason: 'failed', failure: { reason: 'busy', statusCode: 486 } });
  });

  it('says "unreachable" for a number nobody has registered (404)', async () => {
    const callId = await dial(nobody.typed);
    expect(await desk.callChange(callId, (c) => c.state === 'ended')).toMatchObject({ endReason: 'failed', failure: { reason: 'unreachable', statusCode: 404 } });
  });

  it('refuses what is not a number with a translated message, sending nothing', async () => {
    const invitesBefore = wire.sent.filter((m) => m.firstLine.startsWith('INVITE ')).length;
    for (const number of ['hello', '12', '']) {
      const result = await desk.renderer.request('phone.dial', { number });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.messageKey).toMatch(/^phone\.errors\.(invalidNumber|emptyNumber)$/);
    }
    expect(wire.sent.filter((m) => m.firstLine.startsWith('INVITE ')).length).toBe(invitesBefore);
  });
});

describe('during a call', () => {
  it('holds and resumes: the other side is offered sendonly, then sendrecv, even right after the answer', async () => {
    const callId = await dial(answering.typed);
    const incoming = await callee.nextIncoming();
    await incoming.accept();
    await desk.callChange(callId, (c) => c.state === 'active');
    // At once, as an agent might: the callee may still be busy with the ACK (RFC 5407).
    const before = wire.sent.length;
    const holdStarted = performance.now();
    await request('phone.holdCall', callId);
    const holdMs = performance.now() - holdStarted;
    await desk.callChange(callId, (c) => c.held === true);
    expect(incoming.localDirection()).toBe('recvonly');
    const raced = wire.sent.slice(before).filter((m) => m.firstLine.startsWith('SIP/2.0 500')).length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    const resumeStarted = performance.now();
    await request('phone.resumeCall', callId);
    const resumeMs = performance.now() - resumeStarted;
    await desk.callChange(callId, (c) => c.held === false);
    expect(incoming.localDirection()).toBe('sendrecv');
    // A race is retried once; a second refusal would have failed the hold.
    expect(raced).toBeLessThanOrEqual(1);
    console.info(`hold ${holdMs.toFixed(0)} ms (${raced} refusal(s) with 500 retried), resume ${resumeMs.toFixed(0)} ms`);
    await incoming.hangUp();
    await desk.callChange(callId, (c) => c.state === 'ended');
  });

  it('sends key presses as SIP INFO that arrive in order at the other side', async () => {
    const callId = await dial(answering.typed);
    const incoming = await callee.nextIncoming();
    await incoming.accept();
    await desk.callChange(callId, (c) => c.state === 'active');
    expect(await desk.renderer.request('phone.sendDtmf', { callId, tones: '1' })).toEqual({ ok: true, value: {} });
    expect(await desk.renderer.request('phone.sendDtmf', { callId, tones: '5#' })).toEqual({ ok: true, value: {} });
    expect(incoming.infos).toEqual(['Signal=1\r\nDuration=160', 'Signal=5\r\nDuration=160', 'Signal=#\r\nDuration=160']);
    await request('phone.hangUpCall', callId);
    await desk.callChange(callId, (c) => c.state === 'ended');
  });

  it('shows a second hunt-group caller waiting while on a call; taking them holds the first', async () => {
    // Out of the wrap-up the calls above left: a hunt-group call rings only for a free agent.
    expect(await desk.renderer.request('agent.setState', { state: 'ready' })).toMatchObject({ ok: true });
    const first = gateway.call('600', { assertedIdentity: demoCallers.knownCitizen.e164 });
    const firstRinging = await desk.waitFor('phone.callChanged', (c) => c.direction === 'inbound' && c.state === 'ringing' && c.caller.e164 === demoCallers.knownCitizen.e164);
    await request('phone.answerCall', firstRinging.callId);
    await first.waitEstablished();
    await desk.callChange(firstRinging.callId, (c) => c.state === 'active');

    const second = gateway.call('600', { assertedIdentity: demoCallers.nobody.e164 });
    const waiting = await desk.waitFor('phone.callChanged', (c) => c.state === 'waiting' && c.caller.e164 === demoCallers.nobody.e164);
    await desk.waitFor('screenpop.callerIdentified', (p) => p.callId === waiting.callId);
    await request('phone.answerCall', waiting.callId);
    await second.waitEstablished();
    expect(first.localDirection()).toBe('recvonly');
    expect(second.localDirection()).toBe('sendrecv');
    const snapshot = await desk.renderer.request('phone.getSnapshot', {});
    const calls = snapshot.ok ? snapshot.value.calls : [];
    expect(calls.map((c) => [c.callId, c.state, c.held ?? false])).toEqual(
      expect.arrayContaining([
        [firstRinging.callId, 'active', true],
        [waiting.callId, 'active', false],
      ]),
    );

    // Back to the first caller: the second is held in turn.
    await request('phone.resumeCall', firstRinging.callId);
    expect(first.localDirection()).toBe('sendrecv');
    expect(second.localDirection()).toBe('recvonly');
    await Promise.all([first.hangUp(), second.hangUp()]);
    await desk.callChange(waiting.callId, (c) => c.state === 'ended');
    await desk.callChange(firstRinging.callId, (c) => c.state === 'ended');
  });
});
