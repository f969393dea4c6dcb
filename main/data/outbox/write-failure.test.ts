/** Outages are queued, refusals reach the agent: checked with real driver errors where they can be made here. */
import { createServer } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { openPgliteDatabase } from '../pglite-database.js';
import { classifyWriteFailure, failureLabel, isOutage, sqlStateOf } from './write-failure.js';

const withState = (code: string) => Object.assign(new pg.DatabaseError('server said no', 0, 'error'), { code });

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('classifyWriteFailure', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openPgliteDatabase();
    await db.exec('create table t (k int primary key, v text not null check (v <> \'\'))');
  }, 30_000);
  afterAll(() => db.close());

  it('queues a write when nothing listens on the server port (real node-postgres error)', async () => {
    const client = new pg.Client({ host: '127.0.0.1', port: await closedPort(), user: 'x', database: 'x' });
    const error = await client.connect().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(classifyWriteFailure(error)).toBe('unreachable');
    expect(failureLabel(error)).toBe('ECONNREFUSED');
  });

  it('reports constraint violations (real PostgreSQL errors) instead of queueing them', async () => {
    await db.query('insert into t values (1, $1)', ['a']);
    const duplicate = await db.query('insert into t values (1, $1)', ['b']).catch((e: unknown) => e);
    const empty = await db.query('insert into t values (2, $1)', ['']).catch((e: unknown) => e);
    const missing = await db.query('insert into t values (3, null)').catch((e: unknown) => e);
    expect([sqlStateOf(duplicate), sqlStateOf(empty), sqlStateOf(missing)]).toEqual(['23505', '23514', '23502']);
    for (const error of [duplicate, empty, missing]) expect(classifyWriteFailure(error)).toBe('refused');
  });

  it('treats a server that answers but cannot take the write now as busy', () => {
    for (const code of ['57P01', '57P03', '53300', '53100', '40001', '40P01', '55P03', '57014']) {
      expect(classifyWriteFailure(withState(code)), code).toBe('busy');
    }
    expect(classifyWriteFailure(withState('08006'))).toBe('unreachable');
  });

  it('refuses policy, permission and value errors', () => {
    for (const code of ['42501', '22P02', '23503', 'P0001', '42P01']) {
      expect(classifyWriteFailure(withState(code)), code).toBe('refused');
    }
  });

  it('recognises a lost connection by node-postgres and pg-pool wording, also wrapped', () => {
    expect(classifyWriteFailure(new Error('Connection terminated unexpectedly'))).toBe('unreachable');
    expect(classifyWriteFailure(new Error('timeout exceeded when trying to connect'))).toBe('unreachable');
    const wrapped = new Error('could not save', { cause: new Error('Connection terminated due to connection timeout') });
    expect(classifyWriteFailure(wrapped)).toBe('unreachable');
    const happyEyeballs = new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })], 'connect failed');
    expect(classifyWriteFailure(happyEyeballs)).toBe('unreachable');
  });

  it('does not take a socket code for a SQLSTATE, and calls unknown errors refusals', () => {
    const pipe = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    expect(sqlStateOf(pipe)).toBeUndefined();
    expect(classifyWriteFailure(pipe)).toBe('unreachable');
    expect(classifyWriteFailure(new TypeError('bug'))).toBe('refused');
    expect(classifyWriteFailure('weird')).toBe('refused');
    expect(isOutage('busy')).toBe(true);
    expect(isOutage('refused')).toBe(false);
  });
});
