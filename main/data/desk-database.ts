/**
 * The desk's database as the core opens it at start: the embedded PGlite in the data folder
 * (seeded with fictional citizens on first start) or the team's shared PostgreSQL server (never
 * seeded: its data comes from the care and finance systems), migrated to this build's schema.
 */
import { join } from 'node:path';
import type { Logger } from '../core/logger.js';
import type { ReconnectPolicy } from '../phone/reconnect-policy.js';
import type { DatabaseSettings } from '../settings/desk-settings.js';
import type { Database } from './database.js';
import { seedDemoDataIfEmpty } from './demo/seed-demo-data.js';
import { migrate } from './migrate.js';
import { migrations } from './migrations/index.js';
import { openPgliteDatabase } from './pglite-database.js';
import { openPostgresDatabase, type DatabaseLog } from './postgres-database.js';
import { readyDatabase, startSharedConnection, type DeskDatabase } from './shared-connection.js';

/** The settings cannot name a database to open; `message` says which setting to fill in. */
export class DatabaseSettingsError extends Error {
  override readonly name = 'DatabaseSettingsError';
}

/**
 * Embedded (`<dataDir>/database`) unless `settings` say shared, migrated before it is handed out:
 * a shared server that does not answer rejects (the core uses `startDeskDatabase` instead).
 * Rejects with a MigrationError when a newer build has migrated the database; it is then closed
 * again and left untouched.
 * Only one process may have the embedded folder open: openPgliteDatabase locks it (folder-lock.ts),
 * and the app's single-instance lock keeps a second window of the same user from trying.
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

/**
 * As the core starts: the embedded database opened and migrated, or the shared server's pool at
 * once, whether the server answers or not, with its schema checked in the background (see
 * shared-connection.ts). Rejects only for what retrying cannot mend: missing settings, an
 * unreadable CA file, an embedded database a newer build migrated.
 */
export async function startDeskDatabase(
  dataDir: string,
  settings: DatabaseSettings,
  log: Logger,
  options: { retry?: ReconnectPolicy } = {},
): Promise<DeskDatabase> {
  if (settings.kind !== 'shared') return readyDatabase(await openDeskDatabase(dataDir, settings, log));
  const server = await openSharedDatabase(settings, log);
  return startSharedConnection(server, { migrations, log, ...options });
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
