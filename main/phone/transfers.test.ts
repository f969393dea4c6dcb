import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Call } from '../../shared/contract/phone.js';
import type { Transfer, TransferAttempt } from '../../shared/contract/transfer.js';
import type { DeskCalls } from './calls.js';
import { DeskTransfers, type ConsultTarget } from './transfers.js';

type Notify = (body: string) => void;

/** A caller's session that records its REFERs; the test plays the transferee's NOTIFYs. */
function fakeSession() {
  const refers: { target: unknown; notify: Notify }[] = [];
  return {
    refers,
    stateChange: { addListener: () => {}, removeListener: () => {} },
    refer(target: unknown, options: { onNotify: (n: { accept(): Promise<void>; request: { body: string } }) => void }) {
      refers.push({ target, notify: (body) => options.onNotify({ accept: () => Promise.resolve(), request: { body } }) });
      return Promise.resolve();
    },
  };
}

const number = (e164: string) => ({ e164, display: e164, target: e164 });
const oncall: ConsultTarget = { number: number('+46701740680'), label: 'Bromma on-call', attempt: 'oncall' };
const deputy: ConsultTarget = { number: number('+46701740681'), label: 'Bromma on-call deputy', attempt: 'deputy' };

function setUp() {
  const caller = fakeSession();
  const consults = new Map<string, ReturnType<typeof fakeSession>>();
  const calls: Record<string, Call> = {};
  const did: string[] = [];
  let dialled = 0;
  const fake = {
    sessionOf: (callId: string) => (callId === 'caller' ? caller : consults.get(callId)),
    callOf: (callId: string) => calls[callId],
    hold: async (callId: string) => void did.push(`hold ${callId}`),
    resume: async (callId: string) => void did.push(`resume ${callId}`),
    hangUp: async (callId: string) => {
      did.push(`hang up ${callId}`);
      delete calls[callId];
    },
    endTransferred: async (callId: string) => void did.push(`transferred ${callId}`),
    dial: async (target: { target: string }) => {
      const id = `consult-${(dialled += 1)}`;
      did.push(`dial ${target.target}`);
      consults.set(id, fakeSession());
      calls[id] = { callId: id, direction: 'outbound', state: 'ringingOut', caller: { e164: target.target, display: target.target }, dialled: target.target, offeredAt: 0 };
      return id;
    },
  };
  const changes: Transfer[] = [];
  const attempts: TransferAttempt[] = [];
  const transfers = new DeskTransfers({
    calls: fake as unknown as DeskCalls,
    uriFor: (target) => ({ target }) as never,
    onChanged: (t) => changes.push(t),
    onAttempt: (a) => attempts.push(a),
    log: { info: () => {}, warn: () => {}, error: () => {} },
    now: () => Date.now(),
  });
  const answer = (callId: string) => {
    calls[callId] = { ...calls[callId]!, state: 'active', answeredAt: Date.now() };
    transfers.callChanged(calls[callId]);
  };
  return { transfers, caller, consults, did, changes, attempts, answer };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('blind transfer', () => {
  it('holds, REFERs, and ends the call as transferred only on the sipfrag 200, not the 202', async () => {
    const { transfers, caller, did, changes, attempts } = setUp();
    await transfers.blind('caller', number('+46701740670'));
    expect(did).toEqual(['hold caller']);
    caller.refers[0]!.notify('SIP/2.0 100 Trying');
    caller.refers[0]!.notify('SIP/2.0 180 Ringing');
    await vi.advanceTimersByTimeAsync(0);
    expect(changes.map((c) => c.state)).toEqual(['completing']);
    caller.refers[0]!.notify('SIP/2.0 200 OK');
    await vi.advanceTimersByTimeAsync(0);
    expect(changes.at(-1)).toMatchObject({ state: 'completed', kind: 'blind' });
    expect(did).toEqual(['hold caller', 'transferred caller']);
    expect(attempts).toEqual([expect.objectContaining({ kind: 'blind', targetNumber: '+46701740670', outcome: 'accepted', acceptedBy: '+46701740670' })]);
    expect(transfers.list()).toEqual([]);
  });

  it('leaves the caller held with the agent when the target was busy', async () => {
    const { transfers, caller, did, changes, attempts } = setUp();
    await transfers.blind('caller', number('+46701740671'));
    caller.refers[0]!.notify('SIP/2.0 486 Busy Here');
    await vi.advanceTimersByTimeAsync(0);
    expect(changes.at(-1)).toMatchObject({ state: 'failed', failure: { reason: 'busy', statusCode: 486 } });
    expect(did).toEqual(['hold caller']);
    expect(attempts.map((a) => a.outcome)).toEqual(['declined']);
  });
});

describe('a caller who hangs up during a transfer', () => {
  it('ends the transfer once, whatever the transferee reports later', async () => {
    const { transfers, caller, changes, attempts } = setUp();
    await transfers.blind('caller', number('+46701740670'));
    transfers.callChanged({ callId: 'caller', direction: 'inbound', state: 'ended', caller: { e164: null, display: '' }, dialled: '600', offeredAt: 0 });
    caller.refers[0]!.notify('SIP/2.0 486 Busy Here');
    await vi.advanceTimersByTimeAsync(0);
    expect(changes.map((c) => c.state)).toEqual(['completing', 'callerGone']);
    expect(attempts.map((a) => a.outcome)).toEqual(['cancelled']);
  });
});

describe('urgent handover', () => {
  const plan = { kind: 'urgentOncall' as const, targets: [oncall, deputy], district: 'Bromma', answerTimeoutMs: 25_000 };

  it('gives the on-call the timeout, then calls the deputy, who is put through with Replaces', async () => {
    const { transfers, caller, consults, did, changes, attempts, answer } = setUp();
    expect(await transfers.consult('caller', plan)).toBe('consult-1');
    await vi.advanceTimersByTimeAsync(24_999);
    expect(did).toEqual(['dial +46701740680']);
    await vi.advanceTimersByTimeAsync(1);
    expect(did).toEqual(['dial +46701740680', 'hang up consult-1', 'dial +46701740681']);
    expect(changes.at(-1)).toMatchObject({ state: 'calling', attempt: 'deputy', consultCallId: 'consult-2' });
    answer('consult-2');
    expect(changes.at(-1)).toMatchObject({ state: 'consulting', attempt: 'deputy' });
    transfers.complete('caller');
    expect(caller.refers[0]!.target).toBe(consults.get('consult-2'));
    caller.refers[0]!.notify('SIP/2.0 200 OK');
    await vi.advanceTimersByTimeAsync(0);
    expect(changes.at(-1)).toMatchObject({ state: 'completed', kind: 'urgentOncall' });
    expect(did.slice(-2)).toEqual(['transferred caller', 'transferred consult-2']);
    expect(attempts.map((a) => [a.targetLabel, a.outcome, a.acceptedBy, a.answeredAt !== undefined])).toEqual([
      ['Bromma on-call', 'no_answer', undefined, false],
      ['Bromma on-call deputy', 'accepted', '+46701740681', true],
    ]);
  });

  it('says nobody answered after both, and going back resumes the caller', async () => {
    const { transfers, did, changes, attempts } = setUp();
    await transfers.consult('caller', plan);
    await vi.advanceTimersByTimeAsync(50_000);
    expect(changes.at(-1)).toMatchObject({ state: 'nobodyAnswered', district: 'Bromma' });
    expect(attempts.map((a) => a.outcome)).toEqual(['no_answer', 'no_answer']);
    await transfers.cancel('caller');
    expect(did.at(-1)).toBe('resume caller');
  });
});
