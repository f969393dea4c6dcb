/** The replay's order, its waits while the server is down, and its haste once the server is back (fake clock). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../core/logger.js';
import { OutboxReplayer } from './replayer.js';
import { MemoryOutbox, TestServer, type TestWrite } from './test-outbox.js';
import { WriteLane } from './write-lane.js';

/** 1 s, 2 s, 4 s, … without jitter, so the test can name the moments. */
const doubling = { delayMs: (attempt: number) => 1_000 * 2 ** attempt };

function setUp() {
  const outbox = new MemoryOutbox();
  const server = new TestServer();
  const changed = vi.fn();
  const replayer = new OutboxReplayer({
    outbox,
    lane: new WriteLane(),
    send: async (write) => void (await server.apply(write as TestWrite)),
    onChanged: changed,
    log: silentLogger,
    retry: doubling,
  });
  const queue = async (...labels: string[]) => {
    for (const label of labels) await outbox.append(label, { clientId: label, label });
  };
  return { outbox, server, changed, replayer, queue };
}

describe('OutboxReplayer', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends every waiting write in the order it was queued and empties the outbox', async () => {
    const { outbox, server, changed, replayer, queue } = setUp();
    await queue('a', 'b', 'c');
    replayer.kick();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.committed).toEqual(['a', 'b', 'c']);
    expect(outbox.rows).toEqual([]);
    expect(changed).toHaveBeenCalledTimes(3);
  });

  it('backs off while the server is down, then sends the rest without waiting once it answers', async () => {
    const { outbox, server, replayer, queue } = setUp();
    server.up = false;
    await queue('a', 'b', 'c');
    replayer.serverFailed(); // a direct write just failed: the first replay waits too
    await vi.advanceTimersByTimeAsync(1_000 + 2_000 + 4_000);
    expect(server.attempts).toEqual([1_000, 3_000, 7_000]);
    expect(outbox.waitingLabels()).toEqual(['a', 'b', 'c']);
    expect(outbox.rows[0]?.failures).toEqual(['ECONNREFUSED', 'ECONNREFUSED', 'ECONNREFUSED']);

    server.up = true;
    await vi.advanceTimersByTimeAsync(8_000);
    expect(server.attempts.slice(3)).toEqual([15_000, 15_000, 15_000]);
    expect(server.committed).toEqual(['a', 'b', 'c']);
    expect(outbox.rows).toEqual([]);
  });

  it('tries at once when nudged in the middle of a long wait', async () => {
    const { server, replayer, queue } = setUp();
    server.up = false;
    await queue('a');
    replayer.kick();
    await vi.advanceTimersByTimeAsync(1 + 1_000 + 2_000 + 4_000);
    expect(server.attempts).toEqual([0, 1_000, 3_000, 7_000]);
    server.up = true;
    await vi.advanceTimersByTimeAsync(500);
    replayer.nudge();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.committed).toEqual(['a']);
    expect(server.attempts.at(-1)).toBe(7_501);
  });

  it('sets a write the server refuses aside, keeps it on disk, and sends the next one', async () => {
    const { outbox, server, changed, replayer, queue } = setUp();
    server.refuses.add('b');
    await queue('a', 'b', 'c');
    replayer.kick();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.committed).toEqual(['a', 'c']);
    expect(outbox.rows.map((row) => [row.clientId, row.refused])).toEqual([['b', 'sqlstate 23514']]);
    expect(await outbox.status()).toEqual({ waiting: 0, refused: 1 });
    expect(changed).toHaveBeenCalledTimes(3);
  });

  it('does not lose a write queued just as the outbox was found empty', async () => {
    const { outbox, server, replayer, queue } = setUp();
    await queue('a');
    const next = outbox.next.bind(outbox);
    let slippedIn = false;
    outbox.next = async () => {
      const found = await next();
      if (!found && !slippedIn) {
        slippedIn = true;
        await queue('late');
        replayer.kick();
      }
      return found;
    };
    replayer.kick();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.committed).toEqual(['a', 'late']);
    expect(outbox.rows).toEqual([]);
  });

  it('lets the write in flight finish when stopped, and sends nothing after', async () => {
    const { outbox, server, replayer, queue } = setUp();
    await queue('a', 'b');
    let release = () => {};
    const apply = server.apply.bind(server);
    server.apply = (write) => new Promise((resolve) => (release = () => resolve(apply(write))));
    replayer.kick();
    await vi.advanceTimersByTimeAsync(0);
    const stopped = replayer.stop();
    release();
    await stopped;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.committed).toEqual(['a']);
    expect(outbox.waitingLabels()).toEqual(['b']);
  });
});
