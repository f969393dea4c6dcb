import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database.js';
import { MigrationError, migrate, type Migration } from './migrate.js';
import { migrations } from './migrations/index.js';
import { openPgliteDatabase } from './pglite-database.js';

// One in-memory PGlite for the whole file (each start costs ~2 s); the steps build on each other.
let db: Database;
beforeAll(async () => {
  db = await openPgliteDatabase();
}, 30_000);
afterAll(async () => {
  await db.close();
});

const ledger = () =>
  db.query<{ version: number; name: string; applied_at: Date }>(
    'select version, name, applied_at from schema_migrations order by version',
  );
const tableExists = async (name: string) =>
  (await db.query<{ found: boolean }>('select to_regclass($1) is not null as found', [name]))[0]?.found;

/** The schema this build ships; the probe migrations below come after it, whatever it grows to. */
const shipped = migrations.map((m) => m.version);
const latest = Math.max(...shipped);
const probe: Migration = { version: latest + 1, name: 'probe', sql: 'create table probe (id int primary key); insert into probe values (1);' };

describe('migrate', () => {
  it('applies the schema to an empty database and records each version', async () => {
    expect(await migrate(db, migrations)).toEqual({ applied: shipped, current: latest });
    const rows = await ledger();
    expect(rows.map(({ version, name }) => ({ version, name }))).toEqual(migrations.map(({ version, name }) => ({ version, name })));
    expect(rows[0]?.applied_at).toBeInstanceOf(Date);
    for (const table of ['districts', 'care_managers', 'citizens', 'phone_numbers', 'citizen_phone_numbers', 'lookup_audit']) {
      expect(await tableExists(table), table).toBe(true);
    }
  });

  it('changes nothing when run again', async () => {
    const before = await ledger();
    expect(await migrate(db, migrations)).toEqual({ applied: [], current: latest });
    expect(await ledger()).toEqual(before);
  });

  it('lets an agent login start on a current schema, and tells it to ask for the owner when one is pending', async () => {
    // Tried: the desk of a team, logged in as an agent, which may read the ledger but not create tables.
    await db.exec('set role careline_agent');
    try {
      expect(await migrate(db, migrations)).toEqual({ applied: [], current: latest });
      await expect(migrate(db, [...migrations, probe])).rejects.toThrow(/owner's login/);
    } finally {
      await db.exec('reset role');
    }
    expect(await tableExists('probe')).toBe(false);
  });

  it('applies only what is new, in version order whatever the list order', async () => {
    expect(await migrate(db, [probe, ...migrations])).toEqual({ applied: [probe.version], current: probe.version });
    expect((await ledger()).map((row) => row.version)).toEqual([...shipped, probe.version]);
    expect(await db.query('select id from probe')).toEqual([{ id: 1 }]);
  });

  it('rolls a failing migration back completely and records nothing for it', async () => {
    const broken: Migration = { version: latest + 2, name: 'broken', sql: 'create table half_done (id int); select no_such_column;' };
    await expect(migrate(db, [...migrations, probe, broken])).rejects.toThrow(/no_such_column/);
    expect(await tableExists('half_done')).toBe(false);
    expect((await ledger()).map((row) => row.version)).toEqual([...shipped, probe.version]);
  });

  it('refuses a database that a newer build has migrated, saying so', async () => {
    await expect(migrate(db, migrations)).rejects.toBeInstanceOf(MigrationError);
    await expect(migrate(db, migrations)).rejects.toThrow(
      `The database is at schema version ${probe.version}, newer than this version of Careline Desk knows (${latest}).`,
    );
  });

  it('refuses a database whose version was applied under another name', async () => {
    const renamed: Migration = { ...probe, name: 'something-else' };
    await expect(migrate(db, [...migrations, renamed])).rejects.toThrow(/applied as "probe".*"something-else"/);
  });

  it('refuses a list in which two migrations share a version', async () => {
    await expect(migrate(db, [...migrations, probe, { ...probe, name: 'twin' }])).rejects.toThrow(`share version ${probe.version}`);
  });
});
