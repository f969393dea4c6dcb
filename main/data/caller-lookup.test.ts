import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCallerByNumber, type LookupContext, type RegisteredCallerMatch } from './caller-lookup.js';
import type { Database } from './database.js';
import { demoCallers } from './demo/demo-callers.js';
import { generateDemoData } from './demo/generate-demo-data.js';
import { openDeskDatabase } from './desk-database.js';
import { MigrationError } from './migrate.js';
import { migrations } from './migrations/index.js';
import { openPgliteDatabase } from './pglite-database.js';

// One desk database in a temp folder for the whole file: opening one costs ~2 s.
let dataDir: string;
let db: Database;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'careline-data-'));
  db = await openDeskDatabase(dataDir);
}, 60_000);
afterAll(async () => {
  await db.close();
  await rm(dataDir, { recursive: true, force: true });
});

const agent = '1001';
let calls = 0;
const newCallId = () => `call-${++calls}@test`;

const auditOf = (callId: string) =>
  db.query<{ agent: string; citizen_id: string; purpose: string; looked_up_at: Date }>(
    'select agent, citizen_id, purpose, looked_up_at from lookup_audit where call_id = $1 order by citizen_id',
    [callId],
  );
/** The match alone, where the test is not about the look-up's id. */
const lookUp = async (e164: string, context: LookupContext) => (await findCallerByNumber(db, e164, context)).match;
const count = async (sql: string) => (await db.query<{ n: number }>(`select count(*)::int as n from ${sql}`))[0]?.n;

describe('findCallerByNumber', () => {
  it('shows a known citizen with district and care manager, and audits the look-up once', async () => {
    const callId = newCallId();
    const before = new Date();
    const { lookupId, match } = await findCallerByNumber(db, demoCallers.knownCitizen.e164, { agent, callId });
    expect(match).toEqual({
      kind: 'citizens',
      citizens: [
        {
          citizenId: expect.any(String),
          name: 'Margareta Lindqvist',
          district: 'Bromma',
          careManager: { name: 'Karin Holm', phone: '+46846500401' },
        },
      ],
    });
    expect(match).toEqual(demoCallers.knownCitizen.match);
    const audit = await auditOf(callId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ agent, purpose: 'screen-pop' });
    expect(audit[0]?.citizen_id).toBe(match.kind === 'citizens' ? match.citizens[0]?.citizenId : null);
    expect(audit[0]?.looked_up_at.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    // The id a summary of her is read under, as part of this look-up.
    expect(await db.query('select lookup_id from lookup_audit where call_id = $1', [callId])).toEqual([{ lookup_id: lookupId }]);
  });

  it('shows both partners of a couple calling from their shared landline, one audit row each', async () => {
    const callId = newCallId();
    const match = await lookUp(demoCallers.couple.e164, { agent, callId });
    expect(match).toEqual(demoCallers.couple.match);
    expect(match.kind === 'citizens' && match.citizens.map((c) => c.name)).toEqual(['Gunnar Berg', 'Ingrid Berg']);
    const audit = await auditOf(callId);
    expect(audit.map((row) => row.citizen_id).sort()).toEqual(
      match.kind === 'citizens' ? match.citizens.map((c) => c.citizenId).sort() : [],
    );
  });

  it('returns only the marker for a protected identity, and still audits the look-up', async () => {
    const callId = newCallId();
    expect(await lookUp(demoCallers.protectedIdentity.e164, { agent, callId })).toEqual({ kind: 'protected' });
    expect(await auditOf(callId)).toHaveLength(1);
  });

  it('hides everyone on a line that a protected citizen shares', async () => {
    const shared = '+4678999999';
    await db.exec(`insert into phone_numbers values ('${shared}', 'landline')`);
    await db.query(
      `insert into citizen_phone_numbers (e164, citizen_id)
       select $1, citizen_id from citizen_phone_numbers where e164 in ($2, $3)`,
      [shared, demoCallers.knownCitizen.e164, demoCallers.protectedIdentity.e164],
    );
    const callId = newCallId();
    expect(await lookUp(shared, { agent, callId })).toEqual({ kind: 'protected' });
    expect(await auditOf(callId)).toHaveLength(2);
  });

  it("finds the citizen a relative's number belongs to, after the citizens whose own number it is", async () => {
    // Margareta's son calls from the couple's landline (he lives elsewhere; the number is shared for the test).
    const margareta = demoCallers.knownCitizen.match.citizens[0]!;
    await db.query(
      `insert into relatives (external_id, citizen_id, given_name, family_name, relation, is_next_of_kin)
       values ('REL-test-1', $1, 'Erik', 'Lindqvist', 'child', true)`,
      [margareta.citizenId],
    );
    await db.query(
      `insert into relative_phone_numbers (e164, relative_id) select $1, id from relatives where external_id = 'REL-test-1'`,
      [demoCallers.couple.e164],
    );
    const callId = newCallId();
    const match = await lookUp(demoCallers.couple.e164, { agent, callId });
    expect(match).toEqual({
      kind: 'citizens',
      citizens: [...demoCallers.couple.match.citizens, { ...margareta, viaRelative: { name: 'Erik Lindqvist', relation: 'child', nextOfKin: true } }],
    });
    expect(await auditOf(callId)).toHaveLength(3);
    await db.exec(`delete from relatives where external_id = 'REL-test-1'`);
  });

  it('records the agent the desk states, since the embedded database has one user for everyone', async () => {
    const callId = newCallId();
    await lookUp(demoCallers.knownCitizen.e164, { agent: '1002', callId });
    expect(await db.query('select agent, stated_agent from lookup_audit where call_id = $1', [callId])).toEqual([
      { agent: '1002', stated_agent: '1002' },
    ]);
  });

  it("needs no right beyond an agent's: it reads only through the audited functions", async () => {
    // The whole session runs as the agent role (the two steps are two transactions), in which a
    // direct read of the register is refused.
    const callId = newCallId();
    await db.exec('set role careline_agent');
    let found: RegisteredCallerMatch;
    try {
      await expect(db.query('select 1 from citizens limit 1')).rejects.toThrow('permission denied for table citizens');
      found = await lookUp(demoCallers.knownCitizen.e164, { agent, callId });
    } finally {
      await db.exec('reset role');
    }
    expect(found).toEqual(demoCallers.knownCitizen.match);
    expect(await auditOf(callId)).toHaveLength(1);
  });

  it('shows nothing inside a transaction, where the audit could still be rolled back, and leaves no audit', async () => {
    const callId = newCallId();
    await expect(db.transaction((tx) => findCallerByNumber(tx, demoCallers.knownCitizen.e164, { agent, callId }))).rejects.toThrow(
      /is not committed/,
    );
    expect(await auditOf(callId)).toEqual([]);
  });

  it('says unknown for a number nobody has, and audits no citizen', async () => {
    const callId = newCallId();
    expect(await lookUp(demoCallers.nobody.e164, { agent, callId })).toEqual({ kind: 'unknown' });
    expect(await auditOf(callId)).toEqual([]);
  });

  it('finds a citizen in Aarhus', async () => {
    expect(await lookUp(demoCallers.aarhusCitizen.e164, { agent, callId: newCallId() })).toEqual(
      demoCallers.aarhusCitizen.match,
    );
  });

  it('answers every demo caller as the demo promises', async () => {
    for (const caller of Object.values(demoCallers)) {
      expect(await lookUp(caller.e164, { agent, callId: newCallId() })).toEqual(caller.match);
    }
  });

  it('finds generated households as the generator made them', async () => {
    const data = generateDemoData();
    const owners = new Map<string, string[]>();
    for (const { e164, citizenId } of data.citizenPhones) owners.set(e164, [...(owners.get(e164) ?? []), citizenId]);
    const household = [...owners].find(([, ids]) => ids.length === 2 && !ids.some((id) => isProtected(data, id)));
    if (!household) throw new Error('the demo data has no unprotected couple');
    const match = await lookUp(household[0], { agent, callId: newCallId() });
    expect(match.kind === 'citizens' && match.citizens.map((c) => c.citizenId).sort()).toEqual([...household[1]].sort());
  });
});

const isProtected = (data: ReturnType<typeof generateDemoData>, id: string) =>
  data.citizens.find((c) => c.id === id)?.protectedIdentity === true;

describe('openDeskDatabase', () => {
  it('seeded the fictional register on first start', async () => {
    expect(await count('citizens')).toBe(2000);
    expect(await count('districts')).toBe(25);
  });

  it('reopens the folder without seeding or migrating again, with pg_trgm loaded', async () => {
    const audits = await count('lookup_audit');
    await db.close();
    db = await openDeskDatabase(dataDir);
    expect(await count('citizens')).toBe(2000);
    expect(await count('lookup_audit')).toBe(audits);
    expect(await count('schema_migrations')).toBe(migrations.length);
    const [row] = await db.query<{ s: number }>(`select similarity('Lindqvist', 'Lindquist')::float4 as s`);
    expect(row?.s).toBeGreaterThan(0.4);
  });

  it('refuses to open a database from a newer build and leaves it as it was', async () => {
    await db.query(`insert into schema_migrations (version, name) values (99, 'from-the-future')`);
    await db.close();
    await expect(openDeskDatabase(dataDir)).rejects.toBeInstanceOf(MigrationError);
    db = await openPgliteDatabase(join(dataDir, 'database'));
    expect(await count('citizens')).toBe(2000);
    await db.query('delete from schema_migrations where version = 99');
  });
});
