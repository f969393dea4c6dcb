/**
 * Opens the database an import writes to: a PostgreSQL server from a URL, or else the one the
 * desk's settings name. That is the team's shared server, or the embedded PGlite in the data
 * folder, which is migrated first as the desk would do at start but never seeded with demo data.
 * A password comes from PGPASSWORD or the desk's settings, never from the command line.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from '../data/database.js';
import { migrate } from '../data/migrate.js';
import { migrations } from '../data/migrations/index.js';
import { openPgliteDatabase } from '../data/pglite-database.js';
import { openPostgresDatabase, type PostgresConfig, type PostgresTls } from '../data/postgres-database.js';
import { loadDeskSettings, type DatabaseSettings } from '../settings/desk-settings.js';
import type { DatabaseChoice } from './cli-options.js';

export interface OpenedTarget {
  db: Database;
  /** For the summary; never holds a password. */
  description: string;
}

export async function openImportTarget(choice: DatabaseChoice, env: NodeJS.ProcessEnv): Promise<OpenedTarget> {
  if (choice.engine === 'postgres') return openServer(postgresConfig(choice.url, env), 'PostgreSQL');
  const settings = await deskDatabaseSettings(choice.dataDir);
  if (settings.kind === 'shared') return openServer(sharedConfig(settings, env), "the desk's shared PostgreSQL");
  const db = await openPgliteDatabase(join(choice.dataDir, 'database'));
  try {
    await migrate(db, migrations);
  } catch (error) {
    await db.close();
    throw error;
  }
  return { db, description: `the desk's embedded database in ${choice.dataDir}` };
}

/** A team server is migrated by the desks (or IT), not by an importer, whose role may not alter tables. */
async function openServer(config: PostgresConfig, label: string): Promise<OpenedTarget> {
  const db = await openPostgresDatabase(config);
  return { db, description: `${label} ${config.user}@${config.host}:${config.port}/${config.database}` };
}

/**
 * The desk's own settings file. A database setting the desk would ignore stops the import instead:
 * falling back to the embedded database would put the rows where the team never sees them.
 */
async function deskDatabaseSettings(dataDir: string): Promise<DatabaseSettings> {
  const file = join(dataDir, 'settings.json');
  let raw: Record<string, unknown> = {};
  try {
    raw = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`the settings file ${file} cannot be read as JSON`);
  }
  const loaded = loadDeskSettings(raw);
  const wrong = loaded.ignored.filter((entry) => entry.path.startsWith('database.'));
  if (wrong.length > 0) throw new Error(`${file}: ${wrong.map((entry) => `${entry.path} ${entry.reason}`).join('; ')}`);
  return loaded.settings.database;
}

/** PGUSER and PGPASSWORD, when set, replace the desk's own role: an import is usually done by another one. */
function sharedConfig(settings: DatabaseSettings, env: NodeJS.ProcessEnv): PostgresConfig {
  const user = env['PGUSER'] || settings.user;
  const password = env['PGPASSWORD'] ?? (user === settings.user ? settings.password : '');
  return {
    host: settings.host,
    port: settings.port,
    database: settings.name,
    user,
    password,
    ssl: settings.tls,
    ...(settings.caFile === '' ? {} : { caFile: settings.caFile }),
  };
}

const loopback = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);
const sslModes: Record<string, PostgresTls> = { disable: 'off', require: 'require', 'verify-full': 'verify-full' };

/** Throws with a message fit for the command line when the URL cannot be used. */
export function postgresConfig(text: string, env: NodeJS.ProcessEnv): PostgresConfig {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error('--database must be a URL such as postgres://importer@db.example.se:5432/careline');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') throw new Error('--database must start with postgres://');
  if (url.password !== '') throw new Error('the database URL must not hold a password: set PGPASSWORD instead');
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (url.hostname === '' || database === '') throw new Error('the database URL needs a host and a database name');
  const user = decodeURIComponent(url.username) || env['PGUSER'] || '';
  if (user === '') throw new Error('the database URL needs a user (postgres://USER@host/db) or PGUSER');
  const mode = url.searchParams.get('sslmode') ?? (loopback.has(url.hostname) ? 'disable' : 'verify-full');
  const ssl = sslModes[mode];
  if (ssl === undefined) throw new Error('sslmode must be disable, require or verify-full');
  const caFile = url.searchParams.get('sslrootcert') ?? undefined;
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port === '' ? 5432 : Number(url.port),
    database,
    user,
    password: env['PGPASSWORD'] ?? '',
    ssl,
    ...(caFile === undefined ? {} : { caFile }),
  };
}
