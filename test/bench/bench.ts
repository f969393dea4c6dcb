// `npm run bench [-- --quick]`: measures what issues 3 and 5 set targets for and prints the figures next
// to the targets, with the setup they were measured on. Nothing is asserted. It starts its own
// throwaway PostgreSQL cluster on 127.0.0.1 and stops it; the PGlite register is built once and
// cached under .bench-cache/. A full run takes a few minutes on 2 cores, --quick under one.
// Then it builds the app and runs issue 4's phone benchmarks (phone-bench.ts), --quick in about one more;
// `--phone-only` runs just those.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Database } from '../../main/data/database.js';
import { DEFAULT_DEMO_TODAY } from '../../main/data/demo/dataset.js';
import { migrate } from '../../main/data/migrate.js';
import { migrations } from '../../main/data/migrations/index.js';
import { openPgliteDatabase } from '../../main/data/pglite-database.js';
import { openPostgresDatabase, type PostgresConfig } from '../../main/data/postgres-database.js';
import { startPostgresCluster, type PostgresCluster } from '../fixtures/postgres/cluster.js';
import { countRows, loadPostgres, openPgliteRegister, sizes, type BenchSizes } from './datasets.js';
import { benchCaseSave } from './case-save-bench.js';
import { benchImport, buildImportFile, prepareImportTarget, type ImportResult } from './import-bench.js';
import { benchKnowledgeSearch } from './knowledge-bench.js';
import { benchLookups, drawNumbers, type LookupResult } from './lookup-bench.js';
import { benchMonthlyReport, type ReportResult } from './report-bench.js';
import { runPhoneBenches } from './phone-bench.js';
import { engineVersion, machineLines } from './setup-info.js';
import { fixed, table, thousands } from './stats.js';

const quick = process.argv.includes('--quick');
const phoneOnly = process.argv.includes('--phone-only');
const size: BenchSizes = sizes[quick ? 'quick' : 'full'];
const log = (line: string) => console.log(line);
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const closers: (() => Promise<void>)[] = [];

async function roleDatabase(cluster: PostgresCluster, owner: Database, config: PostgresConfig, role: string, group: string): Promise<Database> {
  const password = randomBytes(12).toString('base64url');
  const login = await cluster.createLoginRole(role, password);
  await owner.exec(`grant ${group} to ${role}`);
  const db = await openPostgresDatabase({ ...login, database: config.database }, { poolSize: 1 });
  closers.push(() => db.close());
  return db;
}

const countedTables = ['citizens', 'phone_numbers', 'relatives', 'decisions', 'invoices', 'cases', 'case_events', 'call_records', 'agent_state_log'];

async function tableCounts(db: Database): Promise<string> {
  const parts: string[] = [];
  for (const name of countedTables) {
    const [row] = await db.query<{ n: number }>(`select count(*)::int as n from ${name}`);
    if ((row?.n ?? 0) > 0) parts.push(`${name} ${thousands(row?.n ?? 0)}`);
  }
  return parts.join(', ');
}

async function main(): Promise<void> {
  log(`Careline Desk benchmark (${quick ? 'quick' : 'full'} run)`);
  const machine = machineLines();
  const cluster = await startPostgresCluster({ durable: true });
  closers.push(() => cluster.stop());
  const config = await cluster.createDatabase('bench');
  const owner = await openPostgresDatabase(config);
  closers.push(() => owner.close());
  await migrate(owner, migrations);
  log(`[${elapsed()}] loading PostgreSQL: ${thousands(size.citizens)} citizens, ${size.historyDays} days at ${thousands(size.callsPerDay)} calls/day, ${thousands(size.cases)} cases …`);
  const pgLoad = await loadPostgres(owner, size, log);
  const pgRows = countRows(pgLoad.counts);
  log(`[${elapsed()}] loaded ${thousands(pgRows)} rows in ${fixed(pgLoad.seconds, 0)} s (${thousands(pgRows / pgLoad.seconds)} rows/s, generation included)`);

  const register = await openPgliteRegister(size, log);
  closers.push(() => register.close());
  if (register.built) log(`[${elapsed()}] built the PGlite register: ${thousands(countRows(register.built.counts))} rows in ${fixed(register.built.seconds, 0)} s`);
  else log(`[${elapsed()}] PGlite register taken from .bench-cache/`);

  const agent = await roleDatabase(cluster, owner, config, 'bench_agent', 'careline_agent');
  const lead = await roleDatabase(cluster, owner, config, 'bench_lead', 'careline_lead');
  const numbers = await drawNumbers(owner, size.lookups);
  log(`[${elapsed()}] look-ups …`);
  const lookups: [string, LookupResult, number][] = [
    ['PGlite (desk, on disk)', await benchLookups(register.db, register.db, numbers, '1001', 'pglite'), 15],
    ['PostgreSQL (agent role)', await benchLookups(agent, owner, numbers, '1001', 'pg'), 5],
  ];
  log(`[${elapsed()}] monthly report …`);
  const report = await benchMonthlyReport(lead, owner, DEFAULT_DEMO_TODAY);

  log(`[${elapsed()}] import of ${thousands(size.citizens)} citizens …`);
  const file = buildImportFile(size.citizens);
  const importConfig = await cluster.createDatabase('bench_import');
  const importOwner = await openPostgresDatabase(importConfig);
  closers.push(() => importOwner.close());
  await migrate(importOwner, migrations);
  await prepareImportTarget(importOwner, file);
  const importer = await roleDatabase(cluster, importOwner, importConfig, 'bench_importer', 'careline_importer');
  const pgImport = await benchImport(importer, importOwner, file);
  const pgliteDir = await mkdtemp(path.join(tmpdir(), 'careline-bench-import-'));
  const pgliteTarget = await openPgliteDatabase(pgliteDir);
  let pgliteImport: ImportResult;
  try {
    await migrate(pgliteTarget, migrations);
    await prepareImportTarget(pgliteTarget, file);
    pgliteImport = await benchImport(pgliteTarget, pgliteTarget, file);
  } finally {
    await pgliteTarget.close();
    await rm(pgliteDir, { recursive: true, force: true });
  }

  const setup = [
    ...machine,
    `PostgreSQL:  ${await engineVersion(owner)} (throwaway cluster on 127.0.0.1, fsync on)`,
    `PGlite:      ${await engineVersion(register.db)}`,
    `PostgreSQL data set: ${await tableCounts(owner)}`,
    `PGlite data set:     ${await tableCounts(register.db)} (register only: look-ups read no history)`,
    `Look-up numbers: ${thousands(size.lookups)} after 50 unmeasured, the same on both engines: 80 % citizens' lines, 15 % relatives', 5 % no one's`,
  ];
  printResults(setup, lookups, report, [['PGlite (desk, on disk)', pgliteImport], ['PostgreSQL (importer role)', pgImport]], file.rows);
  await benchKnowledgeSearch({ cluster, quick, log });
  await benchCaseSave({ pglite: register.db, pgAgent: agent, pgOwner: owner, quick, log });
}

function printResults(setup: string[], lookups: [string, LookupResult, number][], report: ReportResult, imports: [string, ImportResult][], importRows: number): void {
  log('');
  log('== Setup');
  for (const line of setup) log(line);
  log('');
  log('== (a) Caller look-up by number, audit write included (findCallerByNumber), ms');
  const rows = lookups.map(([engine, { summary }, target]) => [engine, fixed(summary.p50), fixed(summary.p95), fixed(summary.p99), fixed(summary.mean), fixed(summary.max), `<= ${target}`, summary.p95 <= target ? 'met' : 'MISSED']);
  for (const line of table(['engine', 'p50', 'p95', 'p99', 'mean', 'max', 'p95 target', ''], rows)) log(line);
  for (const [engine, { outcomes, auditRows }] of lookups) {
    log(`${engine}: ${outcomes.citizens} found, ${outcomes.protected} protected, ${outcomes.unknown} unknown; ${thousands(auditRows)} audit rows written (warm-up included)`);
  }
  log('');
  log(`== (b) Monthly report, cases by type x class x district for ${report.month}, PostgreSQL as a lead, ms`);
  for (const line of table(['run', 'ms', 'target', ''], [
    ['first', fixed(report.first, 1), '<= 1000', report.first <= 1000 ? 'met' : 'MISSED'],
    [`next ${report.warm.n} (median)`, fixed(report.warm.p50, 1), '<= 1000', report.warm.p50 <= 1000 ? 'met' : 'MISSED'],
  ])) log(line);
  log(`${report.groups} groups, ${thousands(report.cases)} cases in the month. Plan:`);
  for (const line of report.plan) log(`  ${line}`);
  log('');
  log(`== (c) Import of ${thousands(importRows)} citizens (main/import, citizens kind, one CSV file, one transaction)`);
  for (const line of table(['engine', 'seconds', 'rows/s'], imports.map(([engine, result]) => [engine, fixed(result.seconds, 1), thousands(result.rowsPerSecond)]))) log(line);
  log('');
  log(`Total ${elapsed()}.`);
}

try {
  if (!phoneOnly) await main();
} catch (error) {
  console.error(`\nBENCHMARK FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
} finally {
  for (const close of closers.reverse()) await close().catch(() => undefined);
}

// Issue 4's phone benchmarks run in their own process, inside a loopback-only network namespace.
if ((await runPhoneBenches(path.resolve(import.meta.dirname, '../..'), quick)) !== 0) process.exitCode = 1;
