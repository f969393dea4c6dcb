/** The outbox on disk: survives closing the desk, keeps its order, and counts what waits. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOutbox } from './outbox-store.js';

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'careline-outbox-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

const ids = ['01', '02', '03'].map((n) => `0b6c4f0e-3f7b-4a55-9d5e-1f0e8b6c2a${n}`);

describe('openOutbox', () => {
  it('keeps queued writes in order across a restart of the desk, once per client id', async () => {
    const before = Date.now();
    const first = await openOutbox(dataDir);
    for (const [index, id] of ids.entries()) {
      expect(await first.append(id, { kind: 'test', n: index, text: 'Ringde om kvällsbesöket' })).toBe(true);
    }
    expect(await first.append(ids[0]!, { kind: 'test', n: 99 })).toBe(false);
    await first.close();

    const reopened = await openOutbox(dataDir);
    try {
      const status = await reopened.status();
      expect(status).toMatchObject({ waiting: 3, refused: 0 });
      expect(status.oldestSince).toBeGreaterThanOrEqual(before - 1_000);
      const head = await reopened.next();
      expect(head).toMatchObject({ clientId: ids[0], write: { kind: 'test', n: 0, text: 'Ringde om kvällsbesöket' } });

      await reopened.noteAttempt(head!.seq, 'ECONNREFUSED');
      expect((await reopened.next())?.seq).toBe(head!.seq);
      await reopened.markRefused(head!.seq, 'sqlstate 23503');
      expect(await reopened.next()).toMatchObject({ clientId: ids[1] });
      await reopened.remove((await reopened.next())!.seq);
      expect(await reopened.next()).toMatchObject({ clientId: ids[2] });
      expect(await reopened.status()).toMatchObject({ waiting: 1, refused: 1 });
      await reopened.remove((await reopened.next())!.seq);
      expect(await reopened.status()).toEqual({ waiting: 0, refused: 1 });
    } finally {
      await reopened.close();
    }
  }, 60_000);
});
