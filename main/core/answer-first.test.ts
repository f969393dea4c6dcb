import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Call } from '../../shared/contract/phone.js';
import { AnswerFirst, readsAfterAnswers } from './answer-first.js';

const call = (callId: string, state: Call['state']) => ({ callId, state }) as Call;

async function settledWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await vi.advanceTimersByTimeAsync(ms);
  return settled;
}

describe('AnswerFirst: database work waits while a call is answered', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('lets work run at once when no call is answering', async () => {
    expect(await settledWithin(new AnswerFirst().mayRun(), 0)).toBe(true);
  });

  it('holds work asked for in the same turn as the answer until every answer is done and settled', async () => {
    const gate = new AnswerFirst({ settleMs: 300, maxWaitMs: 5000 });
    const work = gate.mayRun();
    gate.callChanged(call('a', 'answering'));
    gate.callChanged(call('b', 'answering'));
    expect(await settledWithin(work, 100)).toBe(false);
    gate.callChanged(call('a', 'active'));
    expect(await settledWithin(work, 400)).toBe(false);
    gate.callChanged(call('b', 'ended'));
    expect(await settledWithin(work, 299)).toBe(false);
    expect(await settledWithin(work, 1)).toBe(true);
  });

  it('starts settling again when another call is answered meanwhile', async () => {
    const gate = new AnswerFirst({ settleMs: 300, maxWaitMs: 5000 });
    gate.callChanged(call('a', 'answering'));
    gate.callChanged(call('a', 'active'));
    const work = gate.mayRun();
    expect(await settledWithin(work, 200)).toBe(false);
    gate.callChanged(call('b', 'answering'));
    gate.callChanged(call('b', 'active'));
    expect(await settledWithin(work, 299)).toBe(false);
    expect(await settledWithin(work, 1)).toBe(true);
  });

  it('never holds work longer than its limit, even if an answer never completes', async () => {
    const gate = new AnswerFirst({ settleMs: 300, maxWaitMs: 500 });
    gate.callChanged(call('a', 'answering'));
    const work = gate.mayRun();
    expect(await settledWithin(work, 499)).toBe(false);
    expect(await settledWithin(work, 1)).toBe(true);
  });

  it("holds the page's database reads like the writes", async () => {
    const gate = new AnswerFirst({ settleMs: 300, maxWaitMs: 5000 });
    const asked: string[] = [];
    const reads = readsAfterAnswers({ query: async (sql) => (asked.push(sql), []), exec: async () => undefined }, gate);
    gate.callChanged(call('a', 'answering'));
    const read = reads.query('select 1');
    await vi.advanceTimersByTimeAsync(100);
    expect(asked).toEqual([]);
    gate.callChanged(call('a', 'active'));
    await vi.advanceTimersByTimeAsync(300);
    await read;
    expect(asked).toEqual(['select 1']);
  });
});
