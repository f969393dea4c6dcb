// The import as a command: what it prints never holds an identity number; it finds the desk's
// database through the data folder (embedded, or the shared server its settings name); on a team
// server it works as a login role of careline_importer, and an agent's role may not import.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '../../main/data/database.js';
import { openPgliteDatabase } from '../../main/data/pglite-database.js';
import { openPostgresDatabase } from '../../main/data/postgres-database.js';
import { parseImportArgs } from '../../main/import/cli-options.js';
import { openImportTarget } from '../../main/import/database-target.js';
import { runImportCommand } from '../../main/import/import-command.js';
import { engines, postgres } from '../fixtures/database/engines.js';
import { expectedMirror, fixtureIdentityNumbers } from '../fixtures/import/expected-mirror.js';
import { fixtureBytes, goodFiles, importGoodUpTo, readMirror } from '../fixtures/import/import-helpers.js';

afterAll(() => Promise.all(engines.map((engine) => engine.close())));

/** Runs the command as `npm run import` would, into `db`, and returns everything it printed. */
async function runCommand(db: Database, argv: string[]): Promise<{ status: number; output: string }> {
  const parsed = parseImportArgs(argv, {});
  if (!parsed.ok) throw new Error(parsed.message);
  const lines: string[] = [];
  const status = await runImportCommand(parsed.command, {
    readFile: async (path) => fixtureBytes(path),
    // The command closes what it opened; this test keeps using the database afterwards.
    open: async () => ({ db: { ...db, close: async () => {} }, description: 'the test database' }),
    out: (line) => lines.push(line),
    err: (line) => lines.push(line),
  });
  return { status, output: lines.join('\n') };
}

describe.each(engines)('import command on $name', (engine) => {
  it('never prints an identity number, whether the file is taken or refused', async () => {
    const db = await engine.migratedDatabase();
    await importGoodUpTo(db, 'care-managers');
    const runs = [
      await runCommand(db, ['citizens', 'broken/citizens-broken.csv']),
      await runCommand(db, ['citizens', 'good/citizens.csv']),
      await runCommand(db, ['citizens', 'good/citizens.json', '--dry-run']),
    ];
    expect(runs.map((run) => run.status)).toEqual([1, 0, 0]);
    expect(runs[0]?.output).toContain('line 3: personal_identity_number is not valid');
    expect(runs[1]?.output).toContain('5 citizens: 5 inserted, 0 updated, 0 unchanged');
    for (const run of runs) for (const number of fixtureIdentityNumbers) expect(run.output).not.toContain(number);
  });
});

describe('the import command', () => {
  it('opens the desk’s embedded database in the data folder, and leaves it for the desk to open', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'careline-import-'));
    try {
      const parsed = parseImportArgs(['districts', 'good/districts.csv', '--data-dir', dataDir], {});
      if (!parsed.ok) throw new Error(parsed.message);
      const lines: string[] = [];
      const io = { readFile: async (path: string) => fixtureBytes(path), out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
      const status = await runImportCommand(parsed.command, { ...io, open: (command) => openImportTarget(command.database, {}) });
      expect({ status, lines }).toMatchObject({ status: 0, lines: [expect.stringContaining(dataDir), '  3 districts: 3 inserted, 0 updated, 0 unchanged', expect.any(String)] });
      const db = await openPgliteDatabase(join(dataDir, 'database'));
      expect(await db.query('select count(*)::int as n from districts')).toEqual([{ n: 3 }]);
      await db.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('stops, rather than fall back to the embedded database, when the settings name a shared one badly', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'careline-import-'));
    try {
      await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ database: { kind: 'shared', host: 'db.example.se' } }));
      const parsed = parseImportArgs(['districts', 'good/districts.csv', '--data-dir', dataDir], {});
      if (!parsed.ok) throw new Error(parsed.message);
      const lines: string[] = [];
      const io = { readFile: async (path: string) => fixtureBytes(path), out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
      expect(await runImportCommand(parsed.command, { ...io, open: (command) => openImportTarget(command.database, {}) })).toBe(2);
      expect(lines).toEqual([`Cannot open the database: ${join(dataDir, 'settings.json')}: database.user must be set when database.kind is "shared"`]);
      expect(existsSync(join(dataDir, 'database'))).toBe(false);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('writes to a team server as a login role of careline_importer, password from PGPASSWORD; an agent may not', async () => {
    const target = await postgres.migratedDatabase();
    const [{ name } = { name: '' }] = await target.query<{ name: string }>('select current_database() as name');
    const superuser = await postgres.superuser();
    const login = async (group: string) => {
      const role = `${group}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      const admin = await openPostgresDatabase({ ...superuser, database: name });
      const [{ sql } = { sql: '' }] = await admin.query<{ sql: string }>(
        `select format('create role %I login password %L in role %I', $1::text, 'role-pw', $2::text) as sql`,
        [role, group],
      );
      await admin.exec(sql);
      await admin.close();
      return { role, url: `postgres://${role}@127.0.0.1:${superuser.port}/${name}?sslmode=disable` };
    };
    const lines: string[] = [];
    const io = { readFile: async (path: string) => fixtureBytes(path), out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    const run = (kind: string, url: string) => {
      const parsed = parseImportArgs([kind, `good/${kind}.csv`, '--database', url], {});
      if (!parsed.ok) throw new Error(parsed.message);
      return runImportCommand(parsed.command, { ...io, open: (command) => openImportTarget(command.database, { PGPASSWORD: 'role-pw' }) });
    };

    const agent = await login('careline_agent');
    await expect(run('districts', agent.url)).rejects.toThrow(/permission denied/);

    const importer = await login('careline_importer');
    for (const [kind] of goodFiles) expect({ kind, status: await run(kind, importer.url) }).toEqual({ kind, status: 0 });
    expect(lines.join('\n')).toContain(`PostgreSQL ${importer.role}@127.0.0.1:${superuser.port}/${name}`);
    expect(await readMirror(target)).toEqual(expectedMirror);

    // Without --database, the server named in the desk's settings, as the desk itself would reach it.
    const dataDir = await mkdtemp(join(tmpdir(), 'careline-import-'));
    try {
      const database = { kind: 'shared', host: '127.0.0.1', port: superuser.port, name, user: importer.role, password: 'role-pw', tls: 'off' };
      await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ database }));
      const parsed = parseImportArgs(['districts', 'good/districts.csv', '--data-dir', dataDir], {});
      if (!parsed.ok) throw new Error(parsed.message);
      lines.length = 0;
      expect(await runImportCommand(parsed.command, { ...io, open: (command) => openImportTarget(command.database, {}) })).toBe(0);
      expect(lines.slice(0, 2)).toEqual([
        `Imported districts.csv (districts, CSV separated by ';') into the desk's shared PostgreSQL ${importer.role}@127.0.0.1:${superuser.port}/${name}:`,
        '  3 districts: 0 inserted, 0 updated, 3 unchanged',
      ]);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
