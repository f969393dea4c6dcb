import { SessionState, type Session, type SessionInviteOptions } from 'sip.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MediaRecovery } from './media-recovery.js';

type Answer = number | 'no offer';

/** A connected call whose re-INVITEs get the scripted answers, in order (200 once the script runs out). */
function call(id: string, answers: Answer[] = [], answeredAt = -60_000) {
  const reinvites: SessionInviteOptions[] = [];
  const session = {
    id,
    state: SessionState.Established,
    stateChange: { addListener: () => undefined, removeListener: () => undefined },
    invite(options: SessionInviteOptions = {}) {
      reinvites.push(options);
      const answer = answers.shift() ?? 200;
      if (answer === 'no offer') return Promise.reject(new Error('renderer not ready'));
      queueMicrotask(() => {
        const response = { message: { statusCode: answer } } as never;
        if (answer === 200) options.requestDelegate?.onAccept?.(response);
        else options.requestDelegate?.onReject?.(response);
      });
      return Promise.resolve({} as never);
    },
  };
  return { session: session as unknown as Session, answeredAt, reinvites, end: () => void (session.state = SessionState.Terminated) };
}

function recovery(calls: ReturnType<typeof call>[]) {
  const released: string[] = [];
  const ended: string[] = [];
  const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const subject = new MediaRecovery({
    established: () => calls.filter((c) => c.session.state === SessionState.Established).map((c) => ({ session: c.session, answeredAt: c.answeredAt })),
    releaseMedia: (id) => released.push(id),
    endCall: async (session) => {
      ended.push(session.id);
      calls.find((c) => c.session === session)?.end();
    },
    log,
    graceMs: 20_000,
    retryDelaysMs: [250, 1_000],
    now: () => Date.now(),
  });
  return { subject, released, ended, log };
}

describe('MediaRecovery', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('re-INVITEs every connected call once a page hosts media again, after the old page let go', async () => {
    const calls = [call('a'), call('b')];
    const { subject, released, ended, log } = recovery(calls);
    subject.hostChanged(false);
    subject.hostChanged(true);
    await vi.runAllTimersAsync();
    expect(released).toEqual(['a', 'b']);
    expect(calls.map((c) => c.reinvites.length)).toEqual([1, 1]);
    expect(ended).toEqual([]);
    expect(log.info).toHaveBeenCalledWith('call audio restored on the new desk page', expect.objectContaining({ callId: 'a', attempts: 1 }));
  });

  it('keeps the call re-INVITE options, so a held call is offered on hold again', async () => {
    const held = call('a');
    recovery([held]).subject.hostChanged(true);
    await vi.runAllTimersAsync();
    expect(held.reinvites[0]?.sessionDescriptionHandlerOptions).toBeUndefined();
  });

  it('retries after the RFC 5407 500, glare 491 and a page not ready yet', async () => {
    const racing = call('a', [500, 491, 'no offer']);
    const { subject, ended } = recovery([racing]);
    subject.hostChanged(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(racing.reinvites).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(250);
    expect(racing.reinvites).toHaveLength(2);
    await vi.runAllTimersAsync();
    expect(ended).toEqual(['a']);
    expect(racing.reinvites).toHaveLength(3);
  });

  it('ends a call whose re-INVITE is refused for good, with the reason in the log', async () => {
    const refused = call('a', [488]);
    const { subject, ended, log } = recovery([refused]);
    subject.hostChanged(true);
    await vi.runAllTimersAsync();
    expect(refused.reinvites).toHaveLength(1);
    expect(ended).toEqual(['a']);
    expect(log.error).toHaveBeenCalledWith('call audio could not be restored: ending the call', { callId: 'a', reason: 're-INVITE answered 488' });
  });

  it('ends the calls when no page comes back within the grace period', async () => {
    const calls = [call('a')];
    const { subject, ended, log } = recovery(calls);
    subject.hostChanged(false);
    await vi.advanceTimersByTimeAsync(19_999);
    expect(ended).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(ended).toEqual(['a']);
    expect(log.error).toHaveBeenCalledWith('no desk page came back to carry the audio: ending the calls', { calls: 1, graceMs: 20_000 });
  });

  it('keeps the calls when a page is back in time', async () => {
    const calls = [call('a')];
    const { subject, ended } = recovery(calls);
    subject.hostChanged(false);
    await vi.advanceTimersByTimeAsync(5_000);
    subject.hostChanged(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(ended).toEqual([]);
    expect(calls[0]!.reinvites).toHaveLength(1);
  });

  it('leaves an attempt to the newer page when the page changes again during a retry', async () => {
    const flapping = call('a', [500, 200]);
    const { subject, ended } = recovery([flapping]);
    subject.hostChanged(true);
    await vi.advanceTimersByTimeAsync(0);
    subject.hostChanged(true);
    await vi.runAllTimersAsync();
    expect(flapping.reinvites).toHaveLength(2);
    expect(ended).toEqual([]);
  });

  it('waits for the caller\'s ACK of a call answered a moment ago before re-INVITEing it', async () => {
    const fresh = call('a', [], Date.now() - 200);
    recovery([fresh]).subject.hostChanged(true);
    await vi.advanceTimersByTimeAsync(799);
    expect(fresh.reinvites).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(fresh.reinvites).toHaveLength(1);
  });

  it('does nothing after stop', async () => {
    const calls = [call('a')];
    const { subject, ended, released } = recovery(calls);
    subject.stop();
    subject.hostChanged(false);
    subject.hostChanged(true);
    await vi.runAllTimersAsync();
    expect([ended, released, calls[0]!.reinvites]).toEqual([[], [], []]);
  });
});
