/**
 * Brings a database's schema up to the version this build knows, one migration per transaction,
 * and refuses a database that a newer build has already migrated further.
 */
import type { Database, Queryable } from './database.js';

export interface Migration {
  /** Unique, ascending; never reused or renumbered once released. */
  readonly version: number;
  readonly name: string;
  /** Plain SQL valid on PostgreSQL 15 (team servers) as well as on PGlite (PostgreSQL 18). */
  readonly sql: string;
}

export interface MigrationReport {
  /** Versions this run applied, in order; empty when the schema was already current. */
  applied: number[];
  /** The schema version after the run. */
  current: number;
}

/** The database cannot be used by this build; `message` says why and what to do. */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

/**
 * Serialises concurrent runs against one shared server (several desks starting at once).
 * The value is arbitrary but fixed: every build must use the same one.
 */
const MIGRATION_LOCK = 7_301_946;

const createLedger = `
  create table if not exists schema_migrations (
    version integer primary key,
    name text not null,
    applied_at timestamptz not null default now()
  )`;

export async function migrate(db: Database, migrations: readonly Migration[]): Promise<MigrationReport> {
  const ordered = checkedOrder(migrations);
  // A desk on a shared server logs in as an agent, who may read the ledger but not change the
  // schema: when nothing is pending, it must not even try.
  const already = await readLedgerIfPresent(db);
  if (already) {
    refuseUnknownHistory(already, ordered);
    if (ordered.every((migration) => already.has(migration.version))) {
      return { applied: [], current: Math.max(0, ...already.keys()) };
    }
  }
  await asSchemaOwner(ordered, () =>
    db.transaction(async (tx) => {
      await lock(tx);
      await tx.exec(createLedger);
    }),
  );
  const recorded = await readLedger(db);
  refuseUnknownHistory(recorded, ordered);

  const applied: number[] = [];
  for (const migration of ordered) {
    if (recorded.has(migration.version)) continue;
    const ran = await asSchemaOwner(ordered, () => db.transaction(async (tx) => {
      await lock(tx);
      // Another desk may have applied it while we waited for the lock.
      const done = await tx.query('select 1 from schema_migrations where version = $1', [migration.version]);
      if (done.length > 0) return false;
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [migration.version, migration.name]);
      return true;
    }));
    if (ran) applied.push(migration.version);
  }
  const current = Math.max(0, ...(await readLedger(db)).keys());
  return { applied, current };
}

function checkedOrder(migrations: readonly Migration[]): Migration[] {
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  ordered.forEach((migration, index) => {
    if (!Number.isInteger(migration.version) || migration.version < 1) {
      throw new MigrationError(`Migration "${migration.name}" has an invalid version ${migration.version}.`);
    }
    if (index > 0 && ordered[index - 1]?.version === migration.version) {
      throw new MigrationError(`Two migrations share version ${migration.version}.`);
    }
  });
  return ordered;
}

async function lock(tx: Queryable): Promise<void> {
  await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
}

async function readLedgerIfPresent(db: Queryable): Promise<Map<number, string> | undefined> {
  const [row] = await db.query<{ present: boolean }>(`select to_regclass('schema_migrations') is not null as present`);
  return row?.present ? readLedger(db) : undefined;
}

/** Turns "permission denied" into what IT must do: migrate with the owner's login, once. */
async function asSchemaOwner<T>(known: readonly Migration[], work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if ((error as { code?: string }).code !== '42501') throw error;
    throw new MigrationError(
      `The database schema must be brought to version ${known.at(-1)?.version ?? 0}, and this login may not ` +
        `change it. Start Careline Desk (or \`npm run import\`) once with the database owner's login.`,
    );
  }
}

async function readLedger(db: Queryable): Promise<Map<number, string>> {
  const rows = await db.query<{ version: number; name: string }>('select version, name from schema_migrations');
  return new Map(rows.map((row) => [row.version, row.name]));
}

/**
 * Running older code on a newer schema could write data the newer code does not expect, so the
 * desk stops instead; a name mismatch means two branches used the same version number.
 */
function refuseUnknownHistory(recorded: Map<number, string>, known: readonly Migration[]): void {
  const newestKnown = known.at(-1)?.version ?? 0;
  const newestRecorded = Math.max(0, ...recorded.keys());
  if (newestRecorded > newestKnown) {
    throw new MigrationError(
      `The database is at schema version ${newestRecorded}, newer than this version of Careline Desk ` +
        `knows (${newestKnown}). A newer Careline Desk has used this database: update this installation ` +
        `instead of opening the database with an older one.`,
    );
  }
  const knownVersions = new Set(known.map((migration) => migration.version));
  const stranger = [...recorded.keys()].find((version) => !knownVersions.has(version));
  if (stranger !== undefined) {
    throw new MigrationError(`Schema version ${stranger} is recorded in the database but unknown to this build.`);
  }
  for (const migration of known) {
    const name = recorded.get(migration.version);
    if (name !== undefined && name !== migration.name) {
      throw new MigrationError(
        `Schema version ${migration.version} was applied as "${name}", but this build calls it ` +
          `"${migration.name}": the database was migrated by a different build.`,
      );
    }
  }
}
