/** Which call changes become OS notifications: a call ringing here, then its withdrawal, and a call missed here. */
import { describe, expect, it } from 'vitest';
import type { Call } from '../../shared/contract/phone.js';
import { CallNotices } from './call-notices.js';

const inbound = (state: Call['state'], extra: Partial<Call> = {}): Call => ({
  callId: 'c-1',
  direction: 'inbound',
  state,
  caller: { e164: '+46701740605', display: '070-174 06 05' },
  dialled: '600',
  offeredAt: 1_000,
  ...extra,
});

describe('CallNotices', () => {
  it('announces a ringing call once, with its line and no caller, and withdraws it when answered', () => {
    const notices = new CallNotices();
    expect(notices.next(inbound('ringing'))).toEqual([{ kind: 'incomingCall', callId: 'c-1', dialled: '600' }]);
    expect(notices.next(inbound('ringing'))).toEqual([]);
    expect(JSON.stringify(notices.next(inbound('answering')))).not.toMatch(/0701740605|070-174/);
    expect(notices.next(inbound('active', { answeredAt: 2_000 }))).toEqual([]);
    expect(notices.next(inbound('ended', { answeredAt: 2_000, endedAt: 9_000, endReason: 'hungUpByCaller' }))).toEqual([]);
  });

  it('announces a waiting call when it starts to ring, not before', () => {
    const notices = new CallNotices();
    expect(notices.next(inbound('waiting'))).toEqual([]);
    expect(notices.next(inbound('ringing'))).toHaveLength(1);
  });

  it.each(['callerGaveUp', 'notAnsweredHere', 'mediaFailed'] as const)('reports a call that rang and ended unanswered (%s) as missed, even in a focused window', (endReason) => {
    const notices = new CallNotices();
    notices.next(inbound('ringing'));
    expect(notices.next(inbound('ended', { endedAt: 5_000, endReason }))).toEqual([
      { kind: 'withdrawn', callId: 'c-1' },
      { kind: 'missedCall', callId: 'c-1', at: 5_000 },
    ]);
  });

  it('does not call it missed when a colleague took it or the agent turned it down', () => {
    for (const endReason of ['answeredElsewhere', 'hungUpByAgent'] as const) {
      const notices = new CallNotices();
      notices.next(inbound('ringing'));
      expect(notices.next(inbound('ended', { endedAt: 5_000, endReason }))).toEqual([{ kind: 'withdrawn', callId: 'c-1' }]);
    }
  });

  it('says nothing of calls that never rang here, or of the agent\'s own calls out', () => {
    const notices = new CallNotices();
    notices.next(inbound('waiting'));
    expect(notices.next(inbound('ended', { endReason: 'callerGaveUp' }))).toEqual([]);
    const outbound: Call = { ...inbound('dialling'), callId: 'o-1', direction: 'outbound' };
    expect(notices.next(outbound)).toEqual([]);
    expect(notices.next({ ...outbound, state: 'ended', endReason: 'failed' })).toEqual([]);
  });
});
