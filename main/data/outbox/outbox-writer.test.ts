/** Team mode's write path: on the server when it answers, in the outbox when it does not, and never out of order. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OutboxStatus } from '../../../shared/contract/data.js';
import { silentLogger } from '../../core/logger.js';
import type { Database } from '../database.js';
import type { DurableWriter } from './durable-writer.js';
import { createOutboxWriter } from './outbox-writer.js';
import { MemoryOutbox, TestServer, type TestWrite } from './test-outbox.js';

const doubling = { delayMs: (attempt: number) => 1_000 * 2 ** attempt };
/** The writer hands this to `apply`; the test server below stands in for what it would reach. */
const unusedConnection = {} as Database;
const write = (label: string): [string, TestWrite] => [label, { clientId: label, label }];

let writer: DurableWriter<TestWrite, { committedAs: number }> | undefined;

function setUp(outbox = new MemoryOutbox()) {
  const server = new TestServer();
  const published: OutboxStatus[] = [];
  writer = createOutboxWriter({
    server: unusedConnection,
    outbox,
    apply: (_db, w: TestWrite) => server.apply(w),
    decode: (stored) => stored as TestWrite,
    log: silentLogger,
    retry: doubling,
  });
  writer.onStatus((status) => published.push(status));
  return { outbox, server, published, writer };
}

describe('createOutboxWriter', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(async () => {
    await writer?.stop();
    vi.useRealTimers();
  });

  it('saves on the server while it answers', async () => {
    const { server, outbox, writer } = setUp();
    expect(await writer.submit(...write('a'))).toEqual({ delivery: 'saved', result: { committedAs: 1 } });
    expect(server.committed).toEqual(['a']);
    expect(outbox.rows).toEqual([]);
  });

  it('queues while the server is down, keeps later writes behind the queue, and lands all in order', async () => {
    const { server, outbox, published, writer } = setUp();
    await writer.submit(...write('a'));
    server.up = false;
    expect(await writer.submit(...write('b'))).toEqual({ delivery: 'queued' });
    expect(await writer.submit(...write('c'))).toEqual({ delivery: 'queued' });
    server.up = true;
    // The server answers again before the first replay is due: a direct write now would overtake b and c.
    expect(await writer.submit(...write('d'))).toEqual({ delivery: 'queued' });
    expect(outbox.waitingLabels()).toEqual(['b', 'c', 'd']);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(server.committed).toEqual(['a', 'b', 'c', 'd']);
    expect(outbox.rows).toEqual([]);
    expect(published.map((s) => s.waiting)).toContain(3);
    expect(published.at(-1)).toEqual({ waiting: 0, refused: 0 });
    expect(await writer.submit(...write('e'))).toMatchObject({ delivery: 'saved' });
  });

  it('reports a write the server refuses while it is up, and queues nothing', async () => {
    const { server, outbox, writer } = setUp();
    server.refuses.add('bad');
    await expect(writer.submit(...write('bad'))).rejects.toMatchObject({ code: '23514' });
    expect(outbox.rows).toEqual([]);
  });

  it('queues a retried request once', async () => {
    const { server, outbox, writer } = setUp();
    server.up = false;
    await writer.submit(...write('a'));
    await writer.submit(...write('a'));
    expect(outbox.rows).toHaveLength(1);
  });

  it('sends what an earlier run left in the outbox as soon as it starts, and says how many wait', async () => {
    const left = new MemoryOutbox();
    await left.append('x', { clientId: 'x', label: 'x' });
    await left.append('y', { clientId: 'y', label: 'y' });
    const { server, published } = setUp(left);
    await vi.advanceTimersByTimeAsync(0);
    expect(server.committed).toEqual(['x', 'y']);
    expect(published[0]).toEqual({ waiting: 2, refused: 0, oldestSince: 0 });
    expect(published.at(-1)).toEqual({ waiting: 0, refused: 0 });
  });
});
