// The import of mirrored data on both engines: good files land with the right values and land
// again as "unchanged"; a broken file is refused with every error and its line, and changes
// nothing; CSV with either separator and JSON give the same register.
import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '../../main/data/database.js';
import { formatProblems } from '../../main/import/import-problem.js';
import { engines } from '../fixtures/database/engines.js';
import { expectedMirror } from '../fixtures/import/expected-mirror.js';
import { generateCitizensCsv } from '../fixtures/import/generate-citizens.js';
import {
  goodFiles,
  importBytes,
  importFixture,
  importGoodUpTo,
  mirrorSnapshot,
  readMirror,
  rowCounts,
} from '../fixtures/import/import-helpers.js';

afterAll(() => Promise.all(engines.map((engine) => engine.close())));

/** The problems as the command prints them; throws when the file was taken. */
async function problemsOf(db: Database, kind: string, path: string): Promise<string[]> {
  const outcome = await importFixture(db, kind, path);
  if (outcome.ok) throw new Error(`${path} was accepted`);
  return formatProblems(outcome.problems, 1000);
}

describe.each(engines)('import on $name', (engine) => {
  it('lands every good file with the right counts and values, and a second import changes nothing', async () => {
    const db = await engine.migratedDatabase();
    for (const [kind, rows] of goodFiles) {
      expect(await importFixture(db, kind, `good/${kind}.csv`), kind).toMatchObject({ ok: true, rows, counts: { inserted: rows, updated: 0, unchanged: 0 } });
    }
    expect(await readMirror(db)).toEqual(expectedMirror);

    const before = await mirrorSnapshot(db);
    for (const [kind, rows] of goodFiles) {
      expect(await importFixture(db, kind, `good/${kind}.csv`), kind).toMatchObject({ ok: true, counts: { inserted: 0, updated: 0, unchanged: rows } });
    }
    expect(await mirrorSnapshot(db)).toEqual(before);
  });

  it('gives the same register from a semicolon file, a comma file (BOM, CRLF) and JSON', async () => {
    const registers = [];
    for (const path of ['good/citizens.csv', 'good/citizens-comma.csv', 'good/citizens.json']) {
      const db = await engine.migratedDatabase();
      await importGoodUpTo(db, 'care-managers');
      expect(await importFixture(db, 'citizens', path), path).toMatchObject({ ok: true, counts: { inserted: 5 } });
      registers.push((await readMirror(db)).citizens);
    }
    expect(registers[0]).toEqual(expectedMirror.citizens);
    expect(registers[1]).toEqual(registers[0]);
    expect(registers[2]).toEqual(registers[0]);
  });

  it('reports an update when a row changed, and changes only that row', async () => {
    const db = await engine.migratedDatabase();
    await importGoodUpTo(db, 'invoices');
    const paid = new TextEncoder().encode(
      'invoice_number;citizen_external_id;period_start;period_end;amount;currency;due_date;ocr_reference;paid;paid_on\n' +
        'F-2025-0002;C-1001;2025-02-01;2025-02-28;1 234,50;SEK;2025-03-31;1234567891;ja;2025-03-30\n' +
        'F-2025-0003;C-1003;2025-02-01;2025-02-28;-150,00;SEK;2025-03-31;1234567892;;\n' +
        'F-2025-0004;C-1003;2025-03-01;2025-03-31;2 359,00;SEK;2025-04-30;1234567893;nej;\n',
    );
    expect(await importBytes(db, 'invoices', paid, 'csv')).toMatchObject({ ok: true, counts: { inserted: 1, updated: 1, unchanged: 1 } });
    const invoices = (await readMirror(db)).invoices;
    expect(invoices.find((row) => row[0] === 'F-2025-0002')?.slice(8)).toEqual([true, '2025-03-30']);
    expect(invoices).toHaveLength(4);
  });

  it('refuses the broken citizens file with every error on its line and changes nothing', async () => {
    const db = await engine.migratedDatabase();
    await importGoodUpTo(db, 'care-managers');
    const before = await rowCounts(db);
    expect(await problemsOf(db, 'citizens', 'broken/citizens-broken.csv')).toEqual([
      'line 3: personal_identity_number is not valid (Swedish: 12 digits YYYYMMDDNNNC; Danish CPR: 10 digits DDMMYYNNNN)',
      "line 4: district 'Bromma-Väst' is not a known district (not in the database; import districts first)",
      'line 5: external_id is a duplicate of line 2',
      'line 7: protected_identity must be true or false (also yes/no, ja/nej, 1/0)',
      'line 7: preferred_language must be a language code such as sv, da or fi',
      "line 7: care_manager_external_id 'CM-999' is not a known care manager (not in the database; import care-managers first)",
      'line 8: personal_identity_number is a duplicate of line 2',
      'line 9: personal_identity_number is not valid (Swedish: 12 digits YYYYMMDDNNNC; Danish CPR: 10 digits DDMMYYNNNN)',
      'line 10: has 13 fields where the header has 14',
    ]);
    expect(await rowCounts(db)).toEqual(before);
  });

  it('refuses bad dates, unknown references and duplicate ids in decisions, and changes nothing', async () => {
    const db = await engine.migratedDatabase();
    await importGoodUpTo(db, 'citizens');
    const before = await rowCounts(db);
    expect(await problemsOf(db, 'decisions', 'broken/decisions-broken.csv')).toEqual([
      'line 3: hours_per_month must be a number such as 1 234,50',
      'line 3: valid_from is not a real calendar date',
      'line 4: decision_type must be one of home_care, housing, day_activity, transport_service, safety_alarm, meals, other',
      'line 4: valid_from must be a date written YYYY-MM-DD',
      'line 4: citizen_external_id names no known citizen (not in the database; import citizens first)',
      "line 4: provider_external_id 'P-9' is not a known provider (not in the database; import providers first)",
      'line 5: valid_to is before valid_from',
      'line 5: external_id is a duplicate of line 2',
    ]);
    expect(await rowCounts(db)).toEqual(before);
  });

  it('refuses a Latin-1 file, a missing column and a broken JSON file, and changes nothing', async () => {
    const db = await engine.migratedDatabase();
    await importGoodUpTo(db, 'citizens');
    const before = await rowCounts(db);
    expect(await problemsOf(db, 'citizens', 'broken/citizens-latin1.csv')).toEqual([
      'line 3: is not valid UTF-8 (was the file saved as Latin-1 or Windows-1252? save it as UTF-8)',
    ]);
    expect(await problemsOf(db, 'providers', 'broken/providers-missing-column.csv')).toEqual([
      "line 1: required column 'kind' is missing from the header",
      "line 3: district 'Bromma-Väst' is not a known district (not in the database; import districts first)",
    ]);
    expect(await problemsOf(db, 'invoices', 'broken/invoices-broken.json')).toEqual([
      'item 1: due_date is not a real calendar date',
      'item 1: ocr_reference must be 2 to 25 digits',
      'item 1: period_end is before period_start',
      'item 1: paid_on is given but paid is not true',
      "item 2: unknown field 'colour' (expected: invoice_number, citizen_external_id, period_start, period_end, amount, currency, due_date, ocr_reference, paid, paid_on)",
      'item 2: amount must be a number such as 1 234,50',
      'item 2: invoice_number is a duplicate of item 0',
      'item 2: citizen_external_id names no known citizen (not in the database; import citizens first)',
    ]);
    expect(await rowCounts(db)).toEqual(before);
  });

  it('refuses an identity number that the register holds for another citizen, without printing it', async () => {
    const db = await engine.migratedDatabase();
    await importGoodUpTo(db, 'citizens');
    const taken = new TextEncoder().encode(
      'external_id;personal_identity_number;given_name;family_name;district;preferred_language\nC-9;19340215-1231;Ny;Person;Farsta;sv\n',
    );
    const outcome = await importBytes(db, 'citizens', taken, 'csv');
    expect(outcome.ok || formatProblems(outcome.problems, 10)).toEqual(['line 2: personal_identity_number is already registered for another citizen']);
  });

  it('counts in a dry run what a real run would do, and writes nothing', async () => {
    const db = await engine.migratedDatabase();
    await importGoodUpTo(db, 'care-managers');
    const before = await rowCounts(db);
    expect(await importFixture(db, 'citizens', 'good/citizens.csv', true)).toMatchObject({ ok: true, counts: { inserted: 5, updated: 0, unchanged: 0 } });
    expect(await rowCounts(db)).toEqual(before);
  });

  it('adopts a district the demo seeded without an external id, so references by name keep working', async () => {
    const db = await engine.migratedDatabase();
    await db.query(`insert into districts (municipality, name) values ('Stockholm', 'Bromma')`);
    const [seeded] = await db.query<{ id: string }>(`select id from districts where name = 'Bromma'`);
    expect(await importFixture(db, 'districts', 'good/districts.csv')).toMatchObject({ ok: true, counts: { inserted: 2, updated: 1, unchanged: 0 } });
    expect(await db.query(`select id, external_id from districts where name = 'Bromma'`)).toEqual([{ id: seeded?.id, external_id: 'STH-BROMMA' }]);
  });

  it('turns a constraint the checks cannot foresee into a problem, and changes nothing', async () => {
    const db = await engine.migratedDatabase();
    await importFixture(db, 'districts', 'good/districts.csv');
    await db.query(`insert into districts (municipality, name) values ('Stockholm', 'Kista')`);
    const renamed = new TextEncoder().encode('external_id;municipality;name\nSTH-FARSTA;Stockholm;Kista\n');
    const before = await mirrorSnapshot(db);
    const outcome = await importBytes(db, 'districts', renamed, 'csv');
    expect(outcome.ok || formatProblems(outcome.problems, 10)).toEqual([
      'file: the database refused the rows: duplicate key value violates unique constraint "districts_municipality_name_key"',
    ]);
    expect(await mirrorSnapshot(db)).toEqual(before);
  });

  it('imports 12,000 citizens across several batches, then only the changed ones again', async () => {
    const db = await engine.migratedDatabase();
    await importGoodUpTo(db, 'care-managers');
    const encode = (text: string) => new TextEncoder().encode(text);
    expect(await importBytes(db, 'citizens', encode(generateCitizensCsv(12_000)), 'csv')).toMatchObject({ ok: true, counts: { inserted: 12_000 } });
    expect(await importBytes(db, 'citizens', encode(generateCitizensCsv(12_000, 1)), 'csv')).toMatchObject({
      ok: true,
      counts: { inserted: 0, updated: 1_200, unchanged: 10_800 },
    });
    expect(await rowCounts(db)).toMatchObject({ citizens: 12_000, citizen_identity_numbers: 12_000 });
  });
});
