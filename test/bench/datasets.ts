// The benchmark's data sets: the sizes of a quick and a full run, the PGlite register built once
// and kept under .bench-cache/ (keyed by everything that shapes it), and the PostgreSQL data set
// streamed into a fresh database on every run.
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../../main/data/database.js';
import { loadDataset, type RowCounts } from '../../main/data/demo/bulk-insert.js';
import { generateDataset, type DemoDataOptions } from '../../main/data/demo/dataset.js';
import { migrate } from '../../main/data/migrate.js';
import { migrations } from '../../main/data/migrations/index.js';
import { openPgliteDatabase } from '../../main/data/pglite-database.js';

export interface BenchSizes {
  /** Citizens in both registers and in the import file. */
  citizens: number;
  historyDays: number;
  callsPerDay: number;
  cases: number;
  lookups: number;
}

export const sizes: Readonly<Record<'quick' | 'full', BenchSizes>> = {
  quick: { citizens: 10_000, historyDays: 31, callsPerDay: 2200, cases: 85_000, lookups: 300 },
  full: { citizens: 100_000, historyDays: 365, callsPerDay: 2200, cases: 1_000_000, lookups: 2000 },
};

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const cacheDir = path.join(repoRoot, '.bench-cache');

/** Changes with the schema, the generator's output or PGlite's version, so a stale cache is never used. */
function fingerprint(options: DemoDataOptions): string {
  const hash = createHash('sha1');
  hash.update(JSON.stringify(options));
  hash.update(readFileSync(path.join(repoRoot, 'node_modules', '@electric-sql', 'pglite', 'package.json')));
  for (const migration of migrations) hash.update(`${migration.version}:${migration.sql}`);
  let batches = 0;
  for (const batch of generateDataset({ ...options, citizens: Math.min(options.citizens ?? 0, 3000), historyDays: 0 })) {
    hash.update(JSON.stringify(batch));
    if ((batches += 1) >= 4) break;
  }
  return hash.digest('hex').slice(0, 16);
}

export function countRows(counts: RowCounts): number {
  return Object.values(counts).reduce((sum, count) => sum + (count ?? 0), 0);
}

export interface PgliteRegister {
  db: Database;
  /** The copy in use, removed by `close`. */
  close(): Promise<void>;
  built: { seconds: number; counts: RowCounts } | null;
}

export interface CachedRegister {
  /** The cached data folder; never opened in place: copy it first (`copyRegister`). */
  folder: string;
  built: { seconds: number; counts: RowCounts } | null;
}

/**
 * The desk's own engine as the desk opens it (a data folder on disk), holding the register only:
 * look-ups read no history. Built once per fingerprint under .bench-cache/.
 */
export async function cachedPgliteRegister(size: BenchSizes, log: (line: string) => void): Promise<CachedRegister> {
  const options: DemoDataOptions = { citizens: size.citizens, historyDays: 0 };
  const prefix = `pglite-register-${size.citizens}-`;
  const cached = path.join(cacheDir, `${prefix}${fingerprint(options)}`);
  let built: CachedRegister['built'] = null;
  if (!existsSync(path.join(cached, 'complete'))) {
    log(`building the PGlite register (${size.citizens.toLocaleString('en-US')} citizens) in ${path.relative(repoRoot, cached)} …`);
    await rm(cached, { recursive: true, force: true });
    await mkdir(cacheDir, { recursive: true });
    // An older build of the same size is stale; the other run's size (quick or full) is kept.
    for (const stale of (await readdir(cacheDir)).filter((name) => name.startsWith(prefix))) {
      await rm(path.join(cacheDir, stale), { recursive: true, force: true });
    }
    const started = performance.now();
    const db = await openPgliteDatabase(cached);
    await migrate(db, migrations);
    const counts = await loadDataset(db, generateDataset(options), { skipTriggers: true, rowsPerTransaction: 200_000 });
    await db.exec('analyze');
    await db.close();
    built = { seconds: (performance.now() - started) / 1000, counts };
    await writeFile(path.join(cached, 'complete'), new Date().toISOString());
  }
  return { folder: cached, built };
}

/** A working copy of the cached register, so the audit rows and cases a run writes never reach the cache. */
export async function copyRegister(register: CachedRegister, into: string): Promise<void> {
  await cp(register.folder, into, { recursive: true });
}

export async function openPgliteRegister(size: BenchSizes, log: (line: string) => void): Promise<PgliteRegister> {
  const register = await cachedPgliteRegister(size, log);
  const copy = await mkdtemp(path.join(tmpdir(), 'careline-bench-pglite-'));
  await copyRegister(register, copy);
  const db = await openPgliteDatabase(copy);
  return {
    db,
    built: register.built,
    async close() {
      await db.close();
      await rm(copy, { recursive: true, force: true });
    },
  };
}

/** Streams the whole data set into `db` (migrated, empty) without the live-change triggers, then analyses it. */
export async function loadPostgres(db: Database, size: BenchSizes, log: (line: string) => void): Promise<{ seconds: number; counts: RowCounts }> {
  const started = performance.now();
  let reported = 0;
  const counts = await loadDataset(
    db,
    generateDataset({ citizens: size.citizens, historyDays: size.historyDays, callsPerDay: size.callsPerDay, cases: size.cases }),
    {
      skipTriggers: true,
      rowsPerTransaction: 250_000,
      onProgress: (running) => {
        const rows = countRows(running);
        if (rows - reported >= 1_000_000) {
          reported = rows;
          log(`  … ${(rows / 1e6).toFixed(1)} M rows after ${((performance.now() - started) / 1000).toFixed(0)} s`);
        }
      },
    },
  );
  await db.exec('analyze');
  return { seconds: (performance.now() - started) / 1000, counts };
}
