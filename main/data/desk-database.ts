/**
 * The desk's database as the core opens it at start: the embedded PGlite in the data folder
 * (seeded with fictional citizens on first start) or the team's shared PostgreSQL server (never
 * seeded: its data comes from the care and finance systems), migrated to this build's schema.
 */
import { join } from 'node:path';
import type { DatabaseSettings } from '../settings/desk-settings.js';
import type { Database } from './database.js';
import { seedDemoDataIfEmpty } from './demo/seed-demo-data.js';
import { migrate } from './migrate.js';
import { migrations } from './migrations/index.js';
import { openPgliteDatabase } from './pglite-database.js';
import { openPostgresDatabase, type DatabaseLog } from './postgres-database.js';

/** The settings cannot name a database to open; `message` says which setting to fill in. */
export class DatabaseSettingsError extends Error {
  override readonly name = 'DatabaseSettingsError';
}

/**
 * Embedded (`<dataDir>/database`) unless `settings` say shared. Rejects with a MigrationError
 * when a newer build has migrated the database; it is then closed again and left untouched.
 * Only one process may have the embedded folder open (PGlite does not lock it): the app's
 * single-instance lock sees to that.
 */
export async function openDeskDatabase(dataDir: string, settings?: DatabaseSettings, log?: DatabaseLog): Promise<Database> {
  const shared = settings?.kind === 'shared';
  const db = shared ? await openSharedDatabase(settings, log) : await openPgliteDatabase(join(dataDir, 'database'));
  try {
    await migrate(db, migrations);
    if (!shared) await seedDemoDataIfEmpty(db);
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}

function openSharedDatabase(settings: DatabaseSettings, log: DatabaseLog | undefined): Promise<Database> {
  const missing = (['host', 'user'] as const).filter((key) => settings[key] === '').map((key) => `database.${key}`);
  if (missing.length > 0) {
    throw new DatabaseSettingsError(`The shared database cannot be reached: set ${missing.join(' and ')} in the settings.`);
  }
  return openPostgresDatabase(
    {
      host: settings.host,
      port: settings.port,
      database: settings.name,
      user: settings.user,
      password: settings.password,
      ssl: settings.tls,
      caFile: settings.caFile || undefined,
    },
    { log },
  );
}
