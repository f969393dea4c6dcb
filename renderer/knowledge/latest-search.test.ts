import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLatestSearch } from './latest-search.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A search whose answers the test releases one by one, in any order. */
function controlledSearch() {
  const asked: { query: string; answer: (hits: string[]) => void }[] = [];
  const results: [string, string[]][] = [];
  let cleared = 0;
  const search = createLatestSearch<string[]>({
    delayMs: 120,
    run: (query) => new Promise((resolve) => asked.push({ query, answer: resolve })),
    onResult: (query, hits) => results.push([query, hits]),
    onCleared: () => (cleared += 1),
  });
  return { search, asked, results, cleared: () => cleared };
}

describe('createLatestSearch', () => {
  it('asks once typing pauses, with the whole query, not on every keystroke', async () => {
    const { search, asked } = controlledSearch();
    for (const text of ['h', 'he', 'hem', 'hemt']) {
      search.type(text);
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(asked).toEqual([]);
    await vi.advanceTimersByTimeAsync(120);
    expect(asked.map((a) => a.query)).toEqual(['hemt']);
  });

  it('drops an answer that arrives after a newer question was asked', async () => {
    const { search, asked, results } = controlledSearch();
    search.type('hem');
    await vi.advanceTimersByTimeAsync(120);
    search.type('hemtjänst');
    await vi.advanceTimersByTimeAsync(120);
    asked[1]!.answer(['new']);
    asked[0]!.answer(['stale']);
    await vi.advanceTimersByTimeAsync(0);
    expect(results).toEqual([['hemtjänst', ['new']]]);
  });

  it('clears at once when the box is emptied, and drops what was still on its way', async () => {
    const { search, asked, results, cleared } = controlledSearch();
    search.type('faktura');
    await vi.advanceTimersByTimeAsync(120);
    search.type('   ');
    expect(cleared()).toBe(1);
    asked[0]!.answer(['late']);
    await vi.advanceTimersByTimeAsync(200);
    expect(results).toEqual([]);
    expect(asked).toHaveLength(1);
  });

  it('delivers nothing after it is disposed', async () => {
    const { search, asked, results } = controlledSearch();
    search.type('avgift');
    await vi.advanceTimersByTimeAsync(120);
    search.dispose();
    asked[0]!.answer(['x']);
    await vi.advanceTimersByTimeAsync(0);
    expect(results).toEqual([]);
  });
});
