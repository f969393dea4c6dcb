/** The desk's calls through their states, with sip.js sessions replaced by recording fakes. */
import { SessionState } from 'sip.js';
import { describe, expect, it, vi } from 'vitest';
import type { Call } from '../../shared/contract/phone.js';
import type { CallerIdentified } from '../../shared/contract/screenpop.js';
import { DeskCalls } from './calls.js';
import { FakeInvitation, FakeInviter } from './fake-call-sessions.js';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const number = { e164: '+46701740699', display: '070-174 06 99', target: '+46701740699' };

function desk(prepare: (inviter: FakeInviter) => void = () => undefined, cardPainted?: (callId: string) => Promise<'painted' | 'timedOut'>) {
  const changes: Call[] = [];
  const identified: CallerIdentified[] = [];
  const inviters: FakeInviter[] = [];
  const calls = new DeskCalls({
    identifyCaller: async (callId) => ({ callId, caller: { e164: '+46701740605', display: '070-174 06 05' }, match: { kind: 'unknown' } }),
    inviterFor: () => {
      const inviter = new FakeInviter(`out-${inviters.length + 1}`);
      prepare(inviter);
      inviters.push(inviter);
      return inviter.asInviter;
    },
    log: quiet,
    onCallChanged: (call) => changes.push(call),
    onCallerIdentified: (event) => identified.push(event),
    holdTiming: { retryDelayMs: 1 },
    ...(cardPainted ? { cardPainted } : {}),
  });
  const latest = (callId: string) => changes.filter((c) => c.callId === callId).at(-1);
  const states = (callId: string) => changes.filter((c) => c.callId === callId).map((c) => c.state);
  return { calls, changes, identified, inviters, latest, states };
}

async function connectedInbound(calls: DeskCalls, id: string): Promise<FakeInvitation> {
  const invitation = new FakeInvitation(id);
  await calls.offer(invitation.asInvitation, 'ring');
  await calls.answer(id);
  return invitation;
}

describe('incoming calls', () => {
  it('shows the caller before it rings, then follows answer and the caller hanging up', async () => {
    const { calls, identified, states, latest } = desk();
    const invitation = new FakeInvitation('in-1');
    await calls.offer(invitation.asInvitation, 'ring');
    expect(identified.map((i) => i.callId)).toEqual(['in-1']);
    expect(invitation.ringingSent).toBe(true);
    await calls.answer('in-1');
    await invitation.bye();
    await tick();
    expect(states('in-1')).toEqual(['ringing', 'answering', 'active', 'ended']);
    expect(latest('in-1')).toMatchObject({ endReason: 'hungUpByCaller', direction: 'inbound' });
  });

  it('holds the call the agent is on before answering a waiting one', async () => {
    const { calls, latest } = desk();
    const first = await connectedInbound(calls, 'in-1');
    const second = new FakeInvitation('in-2');
    await calls.offer(second.asInvitation, 'ring');
    expect(latest('in-2')?.state).toBe('ringing');
    await calls.answer('in-2');
    expect(first.reInvites).toEqual([true]);
    expect(latest('in-1')).toMatchObject({ state: 'active', held: true });
    expect(latest('in-2')?.state).toBe('active');
  });

  it('sends 180 Ringing only once the page painted the caller card (a waiting call\'s 182 does not wait)', async () => {
    let paint: () => void = () => undefined;
    const { calls, latest } = desk(undefined, () => new Promise((resolve) => (paint = () => resolve('painted'))));
    const invitation = new FakeInvitation('in-1');
    const offered = calls.offer(invitation.asInvitation, 'ring');
    await tick();
    expect(latest('in-1')?.state).toBe('ringing');
    expect(invitation.provisionals).toEqual([]);
    paint();
    await offered;
    expect(invitation.provisionals).toEqual([180]);
    const waiting = new FakeInvitation('in-2');
    await calls.offer(waiting.asInvitation, 'wait');
    expect(waiting.provisionals).toEqual([182]);
  });

  it('keeps a waiting hunt-group call silent (182 Queued), rings it on demand, or lets it go with 480', async () => {
    const { calls, states, latest } = desk();
    const waiting = new FakeInvitation('in-1');
    await calls.offer(waiting.asInvitation, 'wait');
    expect(waiting.provisionals).toEqual([182]);
    expect(latest('in-1')?.state).toBe('waiting');
    await calls.ringWaiting('in-1');
    expect(waiting.provisionals).toEqual([182, 180]);
    expect(states('in-1')).toEqual(['waiting', 'ringing']);
    const other = new FakeInvitation('in-2');
    await calls.offer(other.asInvitation, 'wait');
    await calls.decline('in-2');
    await tick();
    expect(other.rejectedWith).toBe(480);
    expect(latest('in-2')).toMatchObject({ state: 'ended', endReason: 'notAnsweredHere' });
  });

  it('answers a waiting call the agent picks from the strip', async () => {
    const { calls, latest } = desk();
    const waiting = new FakeInvitation('in-1');
    await calls.offer(waiting.asInvitation, 'wait');
    await calls.answer('in-1');
    expect(waiting.accepted).toBe(true);
    expect(latest('in-1')?.state).toBe('active');
  });

  it('does not answer the waiting call when the first one cannot be held', async () => {
    const { calls, latest } = desk();
    const first = await connectedInbound(calls, 'in-1');
    first.reInviteAnswers = [488];
    const second = new FakeInvitation('in-2');
    await calls.offer(second.asInvitation, 'ring');
    await expect(calls.answer('in-2')).rejects.toMatchObject({ code: 'holdFailed', messageKey: 'phone.errors.holdFailed' });
    expect(second.accepted).toBe(false);
    expect(latest('in-1')?.held).toBeFalsy();
    expect(latest('in-2')?.state).toBe('ringing');
  });
});

describe('outgoing calls', () => {
  it('goes dialling, ringing out on 180, active on 200, and ends when the agent hangs up', async () => {
    const { calls, inviters, states, latest } = desk();
    const callId = await calls.dial(number);
    expect(latest(callId)).toMatchObject({ direction: 'outbound', state: 'dialling', caller: { e164: number.e164, display: number.display }, dialled: number.target });
    await inviters[0]!.respond(180);
    await inviters[0]!.respond(200);
    expect(latest(callId)?.answeredAt).toBeTypeOf('number');
    await calls.hangUp(callId);
    await tick();
    expect(states(callId)).toEqual(['dialling', 'ringingOut', 'active', 'ended']);
    expect(latest(callId)).toMatchObject({ endReason: 'hungUpByAgent' });
    expect(calls.list()).toEqual([]);
  });

  it.each([
    [486, 'busy'],
    [404, 'unreachable'],
    [603, 'declined'],
  ] as const)('ends a call refused with %i as failed: %s', async (status, reason) => {
    const { calls, inviters, latest } = desk();
    const callId = await calls.dial(number);
    await inviters[0]!.respond(status);
    await tick();
    expect(latest(callId)).toMatchObject({ state: 'ended', endReason: 'failed', failure: { reason, statusCode: status } });
  });

  it('reads a call the agent cancels while it rings as hung up, not as a failure', async () => {
    const { calls, inviters, latest } = desk();
    const callId = await calls.dial(number);
    await inviters[0]!.respond(180);
    await calls.hangUp(callId);
    await tick();
    expect(latest(callId)).toMatchObject({ state: 'ended', endReason: 'hungUpByAgent' });
    expect(latest(callId)?.failure).toBeUndefined();
  });

  it('holds the call the agent is on before dialling', async () => {
    const { calls, latest } = desk();
    const first = await connectedInbound(calls, 'in-1');
    await calls.dial(number);
    expect(first.reInvites).toEqual([true]);
    expect(latest('in-1')?.held).toBe(true);
  });

  it('says the audio could not start when no offer can be made, and ends the call', async () => {
    const { calls, latest } = desk((inviter) => {
      inviter.offerFails = true;
    });
    await expect(calls.dial(number)).rejects.toMatchObject({ code: 'mediaFailed', messageKey: 'phone.errors.mediaFailed' });
    await tick();
    expect(latest('out-1')).toMatchObject({ state: 'ended', endReason: 'mediaFailed' });
  });
});

describe('hold, resume, mute and key presses', () => {
  it('holds and resumes with re-INVITEs, and resuming one call holds the other', async () => {
    const { calls, inviters, latest } = desk();
    const first = await connectedInbound(calls, 'in-1');
    await calls.hold('in-1');
    expect(latest('in-1')?.held).toBe(true);
    const callId = await calls.dial(number);
    await inviters[0]!.respond(200);
    await calls.resume('in-1');
    expect(first.reInvites).toEqual([true, false]);
    expect(inviters[0]!.reInvites).toEqual([true]);
    expect(latest('in-1')?.held).toBe(false);
    expect(latest(callId)?.held).toBe(true);
  });

  it('tries a hold refused by the RFC 5407 race once more, and gives up after a second refusal', async () => {
    const { calls, latest } = desk();
    const first = await connectedInbound(calls, 'in-1');
    first.reInviteAnswers = [500];
    await calls.hold('in-1');
    expect(first.reInvites).toEqual([true, true]);
    expect(latest('in-1')?.held).toBe(true);
    first.reInviteAnswers = [500, 500];
    await expect(calls.resume('in-1')).rejects.toMatchObject({ code: 'resumeFailed' });
    expect(latest('in-1')?.held).toBe(true);
  });

  it('holds an answered call only once the caller\'s ACK is in, which sip.js needs', async () => {
    const { calls, latest } = desk();
    const invitation = new FakeInvitation('in-1');
    invitation.ackOnAccept = false;
    await calls.offer(invitation.asInvitation, 'ring');
    await calls.answer('in-1');
    const holding = calls.hold('in-1');
    await tick();
    expect(invitation.reInvites).toEqual([]);
    invitation.ack();
    await holding;
    expect(invitation.reInvites).toEqual([true]);
    expect(latest('in-1')?.held).toBe(true);
  });

  it('refuses to hold a call that is not connected', async () => {
    const { calls } = desk();
    await calls.offer(new FakeInvitation('in-1').asInvitation, 'ring');
    await expect(calls.hold('in-1')).rejects.toMatchObject({ code: 'notActive' });
    await expect(calls.hold('nope')).rejects.toMatchObject({ code: 'callNotFound' });
  });

  it('mutes without any SIP: the flag is for the media engine and the headset', async () => {
    const { calls, latest } = desk();
    const first = await connectedInbound(calls, 'in-1');
    calls.mute('in-1', true);
    expect(latest('in-1')?.muted).toBe(true);
    calls.mute('in-1', false);
    expect(latest('in-1')?.muted).toBe(false);
    expect(first.reInvites).toEqual([]);
  });

  it('sends key presses as RTP events or as one SIP INFO per key, and not to a held call', async () => {
    const { calls } = desk();
    const first = await connectedInbound(calls, 'in-1');
    await calls.sendDtmf('in-1', '12#', 'rfc4733');
    expect(first.dtmf).toEqual(['12#']);
    await calls.sendDtmf('in-1', '5*', 'info');
    expect(first.infoBodies).toEqual(['Signal=5\r\nDuration=160', 'Signal=*\r\nDuration=160']);
    first.dtmfWorks = false;
    await expect(calls.sendDtmf('in-1', '1', 'rfc4733')).rejects.toMatchObject({ code: 'dtmfFailed' });
    await calls.hold('in-1');
    await expect(calls.sendDtmf('in-1', '1', 'info')).rejects.toMatchObject({ code: 'callHeld' });
  });

  it('a call that ends while held leaves nothing behind', async () => {
    const { calls, latest } = desk();
    const first = await connectedInbound(calls, 'in-1');
    await calls.hold('in-1');
    first.to(SessionState.Terminated);
    await vi.waitFor(() => expect(latest('in-1')?.state).toBe('ended'));
    expect(calls.list()).toEqual([]);
  });
});
