/** The background schema check's retries, its give-up on a schema it must not use, and its stop (fake clock). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../core/logger.js';
import type { Database } from './database.js';
import { MigrationError, type MigrationReport } from './migrate.js';
import { SchemaCheck } from './shared-connection-check.js';
import { SharedDatabaseNotReadyError, startSharedConnection } from './shared-connection.js';

/** 1 s, 2 s, 4 s, … without jitter, so the test can name the moments. */
const doubling = { delayMs: (attempt: number) => 1_000 * 2 ** attempt };
const current: MigrationReport = { applied: [], current: 6 };
const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

function setUp(answers: (() => Promise<MigrationReport>)[]) {
  const attempts: number[] = [];
  const logged: { level: string; message: string }[] = [];
  const entry = (level: string) => (message: string) => void logged.push({ level, message });
  const log: Logger = { info: entry('info'), warn: entry('warn'), error: entry('error') };
  const onReady = vi.fn();
  const onBlocked = vi.fn();
  const check = new SchemaCheck({
    check: () => {
      attempts.push(Date.now());
      return (answers.shift() ?? (() => Promise.resolve(current)))();
    },
    retry: doubling,
    log,
    onReady,
    onBlocked,
  });
  return { check, attempts, logged, onReady, onBlocked };
}

describe('SchemaCheck', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('tries again with backoff while the server is down, logs that once, and once more when it answers', async () => {
    const { check, attempts, logged, onReady } = setUp([
      () => Promise.reject(refused()),
      () => Promise.reject(refused()),
      () => Promise.reject(refused()),
    ]);
    check.start();
    await vi.advanceTimersByTimeAsync(1_000 + 2_000 - 1);
    expect(attempts).toEqual([0, 1_000]);
    expect(check.state).toBe('checking');
    await vi.advanceTimersByTimeAsync(1 + 4_000);
    expect(attempts).toEqual([0, 1_000, 3_000, 7_000]);
    expect(check.state).toBe('ready');
    expect(onReady).toHaveBeenCalledTimes(1);
    expect(logged).toEqual([
      { level: 'warn', message: expect.stringContaining('shared database not reachable yet') },
      { level: 'info', message: expect.stringContaining('shared database reachable') },
    ]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(attempts).toHaveLength(4);
  });

  it('gives up at once on a schema this build must not use, and says so as an error', async () => {
    const { check, attempts, logged, onReady, onBlocked } = setUp([
      () => Promise.reject(refused()),
      () => Promise.reject(new MigrationError('The database is at schema version 9, newer than this version knows (6).')),
    ]);
    check.start();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(attempts).toEqual([0, 1_000]);
    expect(check.state).toBe('blocked');
    expect(onReady).not.toHaveBeenCalled();
    expect(onBlocked).toHaveBeenCalledWith(expect.any(MigrationError));
    expect(logged.at(-1)).toEqual({ level: 'error', message: expect.stringContaining('cannot be used by this desk') });
  });

  it('logs again only when the failure changes, and keeps trying on a failure that is not an outage', async () => {
    const badPassword = () => Object.assign(new Error('password authentication failed'), { code: '28P01' });
    const { check, attempts, logged } = setUp([
      () => Promise.reject(refused()),
      () => Promise.reject(refused()),
      () => Promise.reject(badPassword()),
      () => Promise.reject(badPassword()),
    ]);
    check.start();
    await vi.advanceTimersByTimeAsync(1_000 + 2_000 + 4_000 + 8_000);
    expect(attempts).toEqual([0, 1_000, 3_000, 7_000, 15_000]);
    expect(logged.map(({ level }) => level)).toEqual(['warn', 'error', 'info']);
  });

  it('stops retrying when stopped, after letting the attempt in flight finish', async () => {
    let finish: (report: MigrationReport) => void = () => undefined;
    const { check, attempts, onReady } = setUp([
      () => Promise.reject(refused()),
      () => new Promise<MigrationReport>((resolve) => (finish = resolve)),
    ]);
    check.start();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(attempts).toEqual([0, 1_000]);
    let stopped = false;
    const stopping = check.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    finish(current);
    await stopping;
    expect(check.state).toBe('stopped');
    expect(onReady).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(attempts).toHaveLength(2);
  });
});

describe('startSharedConnection', () => {
  it('refuses reads and writes as an outage until the schema check passes, but passes them on after', async () => {
    let ledger = false;
    const served: string[] = [];
    const server: Database = {
      query: async <Row extends object>(sql: string) => {
        served.push(sql);
        if (!ledger) throw refused();
        return (sql.includes('to_regclass') ? [{ present: true }] : sql.includes('schema_migrations') ? [{ version: 1, name: 'one' }] : []) as Row[];
      },
      exec: async () => undefined,
      transaction: (fn) => fn(server),
      listen: async () => async () => undefined,
      close: async () => undefined,
    };
    vi.useFakeTimers({ now: 0 });
    try {
      const desk = startSharedConnection(server, {
        migrations: [{ version: 1, name: 'one', sql: 'select 1' }],
        log: { info() {}, warn() {}, error() {} },
        retry: doubling,
      });
      const ready = vi.fn();
      desk.onReady(ready);
      await vi.advanceTimersByTimeAsync(0);
      const beforeCheck = served.length;
      await expect(desk.database.query('select * from cases')).rejects.toBeInstanceOf(SharedDatabaseNotReadyError);
      await expect(desk.database.transaction(async () => 'written')).rejects.toMatchObject({ code: '57P03' });
      expect(served).toHaveLength(beforeCheck);

      ledger = true;
      await vi.advanceTimersByTimeAsync(1_000);
      expect(ready).toHaveBeenCalledTimes(1);
      expect(await desk.database.transaction(async () => 'written')).toBe('written');
      const late = vi.fn();
      desk.onReady(late);
      expect(late).toHaveBeenCalledTimes(1);
      await desk.database.close();
    } finally {
      vi.useRealTimers();
    }
  });
});
