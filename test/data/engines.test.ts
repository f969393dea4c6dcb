// The data layer's promises, held on both engines: the schema migrates (and re-migrates to no
// change), the same SQL gives the same values, a failed transaction leaves nothing, NOTIFY is
// delivered on commit only, and a caller look-up gives the same card and audit trail everywhere.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findCallerByNumber, type RegisteredCallerMatch } from '../../main/data/caller-lookup.js';
import type { Database } from '../../main/data/database.js';
import { demoCallers } from '../../main/data/demo/demo-callers.js';
import { seedDemoDataIfEmpty } from '../../main/data/demo/seed-demo-data.js';
import { migrate } from '../../main/data/migrate.js';
import { migrations } from '../../main/data/migrations/index.js';
import { openPostgresDatabase } from '../../main/data/postgres-database.js';
import { exponentialBackoff } from '../../main/phone/reconnect-policy.js';
import { engines, pglite, postgres } from '../fixtures/database/engines.js';
import { startPostgresCluster, type PostgresCluster } from '../fixtures/postgres/cluster.js';

afterAll(() => Promise.all(engines.map((engine) => engine.close())));

/** Resolves with everything `channel` delivered up to and including the first `last`. */
async function collectUntil(db: Database, channel: string, last: string): Promise<{ received: Promise<string[]>; stop: () => Promise<void> }> {
  const payloads: string[] = [];
  let done: (payloads: string[]) => void = () => {};
  const received = new Promise<string[]>((resolve) => (done = resolve));
  const stop = await db.listen(channel, (payload) => {
    payloads.push(payload);
    if (payload === last) done(payloads);
  });
  return { received, stop };
}

describe.each(engines)('$name', (engine) => {
  // One database for the tests below that each keep to their own tables and channels.
  let db: Database;
  beforeAll(async () => {
    db = await engine.freshDatabase();
  });

  it('migrates an empty database to the latest schema, and a second run changes nothing', async () => {
    const empty = await engine.freshDatabase();
    const versions = migrations.map((m) => m.version);
    expect(await migrate(empty, migrations)).toEqual({ applied: versions, current: Math.max(...versions) });
    expect(await migrate(empty, migrations)).toEqual({ applied: [], current: Math.max(...versions) });
    const [ledger] = await empty.query<{ n: number }>('select count(*) as n from schema_migrations');
    expect(ledger?.n).toBe(migrations.length);
  });

  it('turns every common column type into the same JavaScript value', async () => {
    const [row] = await db.query(`
      select 42::int8 as count, 9007199254740993::int8 as huge, 1234.50::numeric(10,2) as amount, 7::int as small,
             1.5::float8 as ratio, true as flag, '2024-03-01'::date as due, '2024-03-01 12:30:00+01'::timestamptz as at,
             '1 day 02:00:00'::interval as waited, '\\x0102'::bytea as raw, '{"a":[1,"b"]}'::jsonb as doc,
             array[1, 2]::int8[] as ids, array['2024-03-01'::date] as days, array[1.5]::numeric[] as amounts,
             array['a', null] as words, 'e0e4d2b2-0000-4000-8000-000000000001'::uuid as id,
             (select count(*) from generate_series(1, 3)) as rows_counted, (select sum(x) from generate_series(1, 3) x) as total`);
    expect(row).toEqual({
      count: 42,
      huge: 9007199254740993n,
      amount: '1234.50',
      small: 7,
      ratio: 1.5,
      flag: true,
      due: new Date('2024-03-01T00:00:00.000Z'),
      at: new Date('2024-03-01T11:30:00.000Z'),
      waited: '1 day 02:00:00',
      raw: new Uint8Array([1, 2]),
      doc: { a: [1, 'b'] },
      ids: [1, 2],
      days: [new Date('2024-03-01T00:00:00.000Z')],
      amounts: ['1.5'],
      words: ['a', null],
      id: 'e0e4d2b2-0000-4000-8000-000000000001',
      rows_counted: 3,
      total: 6,
    });
    expect(row?.raw?.constructor).toBe(Uint8Array);
    const [session] = await db.query('select current_setting($1) as zone, now()::date = (now() at time zone $2)::date as utc', ['TimeZone', 'UTC']);
    expect(session).toEqual({ zone: 'UTC', utc: true });
  });

  it('refuses several statements in one query, as prepared statements must', async () => {
    await expect(db.query('select 1; select 2')).rejects.toThrow(/multiple commands/);
    await db.exec('create table pair (n int); insert into pair values (1), (2);');
    expect(await db.query('select n from pair order by n')).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('rolls a transaction that throws back completely, however often, and keeps working', async () => {
    await db.exec('create table notes (id int primary key, body text not null)');
    // More failures than the shared engine's pool has connections: each must be given back.
    for (let attempt = 1; attempt <= 5; attempt++) {
      const failure = db.transaction(async (tx) => {
        await tx.query('insert into notes values ($1, $2)', [attempt, 'half-written']);
        throw new Error(`agent cancelled ${attempt}`);
      });
      await expect(failure).rejects.toThrow(`agent cancelled ${attempt}`);
    }
    await expect(db.transaction((tx) => tx.query('insert into notes values (1, null)'))).rejects.toThrow(/null value/);
    expect(await db.query('select count(*) as n from notes')).toEqual([{ n: 0 }]);
    const kept = await db.transaction(async (tx) => {
      await tx.query('insert into notes values ($1, $2)', [9, 'kept']);
      return (await tx.query<{ body: string }>('select body from notes'))[0]?.body;
    });
    expect(kept).toBe('kept');
    expect(await db.query('select id, body from notes')).toEqual([{ id: 9, body: 'kept' }]);
  });

  it('delivers a NOTIFY when its transaction commits, never one whose transaction rolled back', async () => {
    const cases = await collectUntil(db, 'case_changed', 'committed');
    await expect(
      db.transaction(async (tx) => {
        await tx.query(`select pg_notify('case_changed', 'rolled back')`);
        throw new Error('save failed');
      }),
    ).rejects.toThrow('save failed');
    await db.transaction(async (tx) => {
      await tx.query(`select pg_notify('case_changed', $1)`, ['committed']);
    });
    // Notifications arrive in commit order: a rolled-back one would have come first.
    expect(await cases.received).toEqual(['committed']);

    await cases.stop();
    const sentinel = await collectUntil(db, 'sentinel', 'after unlisten');
    await db.query(`select pg_notify('case_changed', 'unheard'), pg_notify('sentinel', 'after unlisten')`);
    await sentinel.received;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await cases.received).toEqual(['committed']);
    await sentinel.stop();
  });

  it('refuses a channel name that is not a plain identifier, before anything reaches the server', async () => {
    for (const channel of ['Case_Changed', 'x; drop table notes', '1st', '', 'a'.repeat(64)]) {
      await expect(db.listen(channel, () => {})).rejects.toThrow(/not a channel name/);
    }
  });
});

describe('both engines', () => {
  async function lookUpEverybody(db: Database): Promise<{ matches: RegisteredCallerMatch[]; audit: unknown[] }> {
    await seedDemoDataIfEmpty(db, { citizens: 60 });
    const matches: RegisteredCallerMatch[] = [];
    for (const [key, caller] of Object.entries(demoCallers)) {
      matches.push((await findCallerByNumber(db, caller.e164, { agent: '1001', callId: `${key}@test` })).match);
    }
    const audit = await db.query(
      `select id, agent, call_id, purpose, citizen_id, looked_up_at <= now() as in_the_past from lookup_audit order by id`,
    );
    return { matches, audit };
  }

  it('give the same caller cards and write the same audit rows for the same look-ups', async () => {
    const [embedded, shared] = await Promise.all([pglite.migratedDatabase(), postgres.migratedDatabase()]);
    const onPglite = await lookUpEverybody(embedded);
    const onPostgres = await lookUpEverybody(shared);

    expect(onPglite.matches).toEqual(Object.values(demoCallers).map((caller) => caller.match));
    // The couple and the daughter of both: two rows each; the protected citizen: audited although nothing is shown; nobody: none.
    expect(onPglite.audit.map((row) => (row as { call_id: string }).call_id)).toEqual([
      'knownCitizen@test', 'couple@test', 'couple@test', 'protectedIdentity@test', 'relativeOfParents@test', 'relativeOfParents@test', 'aarhusCitizen@test',
    ]);
    expect(onPostgres).toEqual(onPglite);
  });
});

describe('postgres only', () => {
  let cluster: PostgresCluster | undefined;
  afterAll(() => cluster?.stop());

  it('keeps delivering NOTIFY to a listener after the server went away and came back', async () => {
    cluster = await startPostgresCluster();
    const lines: string[] = [];
    const log = { info: (message: string) => lines.push(message), warn: (message: string, fields?: object) => lines.push(`${message} ${JSON.stringify(fields)}`) };
    const config = await cluster.createDatabase('lead_view');
    const db = await openPostgresDatabase(config, { log, listenerReconnect: exponentialBackoff({ firstMs: 50, maxMs: 200 }) });
    const payloads: string[] = [];
    let resumed = 0;
    await db.listen('call_records', (payload) => payloads.push(payload), { onResumed: () => resumed++ });
    await db.query(`select pg_notify('call_records', 'before')`);
    await vi.waitFor(() => expect(payloads).toEqual(['before']));

    await cluster.stopServerOnly();
    await expect(db.query('select 1')).rejects.toThrow();
    // The server stays away for at least two attempts, so the backoff is exercised too.
    await vi.waitFor(() => expect(lines.filter((line) => line.startsWith('database notifications: reconnect failed')).length).toBeGreaterThanOrEqual(2));
    await cluster.startServerOnly();
    await vi.waitFor(() => expect(resumed).toBe(1), { timeout: 5_000 });

    await db.query(`select pg_notify('call_records', 'after restart')`);
    await vi.waitFor(() => expect(payloads).toEqual(['before', 'after restart']));
    expect(lines.join('\n')).not.toContain(config.password);
    await db.close();
  });
});
