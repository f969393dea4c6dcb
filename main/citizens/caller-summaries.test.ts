/** The summary reads of a call: when a lone citizen is read (after the ring), who may be read, and what a failure becomes. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SummaryOutcome, SummaryRead } from '../../shared/contract/citizens.js';
import type { CallerIdentified, CitizenCard } from '../../shared/contract/screenpop.js';
import { CallerSummaries, type ReadSummary } from './caller-summaries.js';

const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
const card = (citizenId: string): CitizenCard => ({ citizenId, name: 'N N', district: 'Bromma', careManager: null });
const popped = (callId: string, ...citizenIds: string[]): CallerIdentified => ({
  callId,
  caller: { e164: '+46701740605', display: '070-174 06 05' },
  match: { kind: 'citizens', citizens: citizenIds.map(card) },
});
const protectedOutcome: SummaryOutcome = { kind: 'protected' };

function summaries(read: ReadSummary | undefined, deadlineMs = 3_000) {
  const pushed: SummaryRead[] = [];
  const service = new CallerSummaries({ read, agent: () => '1001', broadcast: (r) => pushed.push(r), log, deadlineMs, unrungAfterMs: 1_000 });
  return { service, pushed };
}

afterEach(() => vi.useRealTimers());

describe('CallerSummaries', () => {
  it('reads a lone citizen only once the call has rung, audited for this agent and call, and pushes it', async () => {
    vi.useFakeTimers();
    const read = vi.fn<ReadSummary>(async () => protectedOutcome);
    const { service, pushed } = summaries(read);
    service.identified(popped('call-1', 'c1'));
    await vi.advanceTimersByTimeAsync(0);
    expect(read).not.toHaveBeenCalled();
    service.rang('call-1');
    await vi.advanceTimersByTimeAsync(0);
    expect(read).toHaveBeenCalledExactlyOnceWith('c1', { agent: '1001', callId: 'call-1' });
    expect(pushed).toEqual([{ callId: 'call-1', citizenId: 'c1', summary: protectedOutcome }]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('reads a lone citizen of a call that is not rung (waiting) after a while', async () => {
    vi.useFakeTimers();
    const read = vi.fn<ReadSummary>(async () => protectedOutcome);
    const { service, pushed } = summaries(read);
    service.identified(popped('call-w', 'c1'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(pushed).toHaveLength(1);
  });

  it('reads nobody of several citizens until the agent chooses, and only those shown for that call', async () => {
    vi.useFakeTimers();
    const read = vi.fn<ReadSummary>(async () => protectedOutcome);
    const { service, pushed } = summaries(read);
    service.identified(popped('call-2', 'mother', 'father'));
    service.rang('call-2');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(read).not.toHaveBeenCalled();
    expect(pushed).toEqual([]);
    expect(service.mayRead('call-2', 'father')).toBe(true);
    expect(service.mayRead('call-2', 'stranger')).toBe(false);
    expect(service.mayRead('call-other', 'father')).toBe(false);
    service.found('call-2', 'search-1', [{ citizenId: 'stranger', name: 'S', district: 'D', personalIdentityNumber: null }]);
    expect(service.mayRead('call-2', 'stranger')).toBe(true);
  });

  it('reads each citizen as part of the look-up that showed them: the screen-pop\'s, or the latest search\'s', async () => {
    vi.useFakeTimers();
    const read = vi.fn<ReadSummary>(async () => protectedOutcome);
    const { service } = summaries(read);
    service.lookedUp('call-l', 'caller-lookup');
    service.identified(popped('call-l', 'c1'));
    service.rang('call-l');
    await vi.advanceTimersByTimeAsync(0);
    expect(read).toHaveBeenLastCalledWith('c1', { agent: '1001', callId: 'call-l', lookupId: 'caller-lookup' });
    const hit = (citizenId: string) => ({ citizenId, name: 'S', district: 'D', personalIdentityNumber: null });
    service.found('call-l', 'search-1', [hit('c2')]);
    service.found('call-l', 'search-2', [hit('c2'), hit('c3')]);
    await service.read('call-l', 'c2');
    expect(read).toHaveBeenLastCalledWith('c2', { agent: '1001', callId: 'call-l', lookupId: 'search-2' });
    service.lookedUp('call-other', 'other-lookup');
    service.identified(popped('call-n', 'c4'));
    await service.read('call-n', 'c4');
    expect(read).toHaveBeenLastCalledWith('c4', { agent: '1001', callId: 'call-n' });
    expect(read.mock.lastCall?.[1]).not.toHaveProperty('lookupId');
  });

  it('knows an unknown caller\'s call, so the agent may search for it', () => {
    const { service } = summaries(undefined);
    service.identified({ callId: 'call-u', caller: { e164: null, display: '' }, match: { kind: 'unknown' } });
    expect(service.knowsCall('call-u')).toBe(true);
    expect(service.knowsCall('call-x')).toBe(false);
  });

  it('turns a failing, hanging or missing database into a failed read, logging no detail', async () => {
    const failing = summaries(async () => Promise.reject(new Error('Margareta Lindqvist broke it')));
    expect(await failing.service.read('call-3', 'c1')).toEqual({ callId: 'call-3', citizenId: 'c1', summary: { kind: 'failed' } });
    expect(JSON.stringify(log.warn.mock.calls)).not.toContain('Lindqvist');
    const hanging = summaries(() => new Promise<SummaryOutcome>(() => {}), 20);
    expect((await hanging.service.read('call-4', 'c1')).summary).toEqual({ kind: 'failed' });
    expect((await summaries(undefined).service.read('call-5', 'c1')).summary).toEqual({ kind: 'failed' });
  });
  it('gives a page that asks again the read already done or under way, and reads again only after a failure', async () => {
    let outcome: SummaryOutcome = { kind: 'failed' };
    const read = vi.fn<ReadSummary>(async () => outcome);
    const { service } = summaries(read);
    service.identified(popped('call-6', 'c1'));
    expect((await service.read('call-6', 'c1')).summary).toEqual({ kind: 'failed' });
    outcome = protectedOutcome;
    const [first, second] = await Promise.all([service.read('call-6', 'c1'), service.read('call-6', 'c1')]);
    expect(first).toEqual(second);
    expect(await service.read('call-6', 'c1')).toEqual({ callId: 'call-6', citizenId: 'c1', summary: protectedOutcome });
    expect(read).toHaveBeenCalledTimes(2);
  });
});
