/**
 * The embedded engine: PostgreSQL compiled to WASM, in a folder of the user's data directory or in
 * memory (tests). PGlite 0.5 is PostgreSQL 18; the SQL we send must also run on PostgreSQL 15.
 */
import { mkdir } from 'node:fs/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { checkChannelName, type Database, type Queryable, type SqlParam, type SqlRow } from './database.js';
import { lockFolder } from './folder-lock.js';

/**
 * Passed on every open, not only at creation: a folder whose indexes use an extension cannot be
 * queried when it was opened without that extension ("could not access file pg_trgm").
 */
const extensions = { pg_trgm };

/**
 * Opens the database stored in `directory` (created if missing, locked against a second program
 * while open; FolderInUseError if another has it), or a throwaway one in memory.
 */
export async function openPgliteDatabase(directory?: string): Promise<Database> {
  if (directory === undefined) return new PgliteDatabase(await PGlite.create({ extensions }));
  await mkdir(directory, { recursive: true });
  const release = lockFolder(directory);
  try {
    return new PgliteDatabase(await PGlite.create({ dataDir: directory, extensions }), release);
  } catch (error) {
    release();
    throw error;
  }
}

/**
 * Tests: the data folder of a throwaway in-memory database (new, or a copy of the image `from`)
 * after `prepare` ran on it, to start further databases from (`openPgliteImage`) without paying
 * for PGlite's initdb (~2 s) each time.
 */
export async function createPgliteImage(prepare: (db: Database) => Promise<void>, from?: Blob): Promise<Blob> {
  const pg = await PGlite.create(from === undefined ? { extensions } : { loadDataDir: from, extensions });
  try {
    await prepare(new PgliteDatabase(pg));
    return await pg.dumpDataDir('none');
  } finally {
    await pg.close();
  }
}

/** A new in-memory database holding a copy of `image` (from `createPgliteImage`). */
export async function openPgliteImage(image: Blob): Promise<Database> {
  return new PgliteDatabase(await PGlite.create({ loadDataDir: image, extensions }));
}

class PgliteDatabase implements Database {
  constructor(
    private readonly pg: PGlite,
    private readonly releaseFolder: () => void = () => undefined,
  ) {}

  async query<Row extends object = SqlRow>(sql: string, params: readonly SqlParam[] = []): Promise<Row[]> {
    return (await this.pg.query<Row>(sql, [...params])).rows;
  }

  async exec(sql: string): Promise<void> {
    await this.pg.exec(sql);
  }

  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.pg.transaction((tx) => fn(wrapTransaction(tx)));
  }

  async listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>> {
    // Delivered on its own tick: a callback that throws inside PGlite's message loop would fail
    // whichever unrelated query happened to carry the notification.
    const unlisten = await this.pg.listen(checkChannelName(channel), (payload) => queueMicrotask(() => onPayload(payload)));
    return () => unlisten();
  }

  async close(): Promise<void> {
    await this.pg.close();
    this.releaseFolder();
  }
}

function wrapTransaction(tx: Transaction): Queryable {
  return {
    async query<Row extends object = SqlRow>(sql: string, params: readonly SqlParam[] = []): Promise<Row[]> {
      return (await tx.query<Row>(sql, [...params])).rows;
    },
    async exec(sql: string): Promise<void> {
      await tx.exec(sql);
    },
  };
}
