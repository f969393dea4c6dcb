/**
 * Fills an empty citizen register with the generated demo data, so a fresh desk has someone to
 * call it. A register that holds anything (even imported districts alone) is left alone.
 */
import type { Database, Queryable } from '../database.js';
import type { DemoData } from './demo-data.js';
import { generateDemoData, type DemoDataOptions } from './generate-demo-data.js';

/** Resolves to true when it seeded, false when the register already had data. */
export function seedDemoDataIfEmpty(db: Database, options: DemoDataOptions = {}): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [state] = await tx.query<{ empty: boolean }>(
      'select not exists (select 1 from citizens) and not exists (select 1 from districts) as empty',
    );
    if (!state?.empty) return false;
    await insertDemoData(tx, generateDemoData(options));
    return true;
  });
}

/**
 * One statement per table, rows passed as a single JSON parameter: thousands of single-row
 * inserts would take seconds on PGlite, and this form runs unchanged on both engines.
 */
async function insertDemoData(tx: Queryable, data: DemoData): Promise<void> {
  await insertRows(
    tx,
    'districts (id, municipality, name)',
    'id uuid, municipality text, name text',
    data.districts.map((d) => ({ id: d.id, municipality: d.municipality, name: d.name })),
  );
  await insertRows(
    tx,
    'care_managers (id, district_id, given_name, family_name, phone)',
    'id uuid, district_id uuid, given_name text, family_name text, phone text',
    data.careManagers.map((m) => ({
      id: m.id,
      district_id: m.districtId,
      given_name: m.givenName,
      family_name: m.familyName,
      phone: m.phone,
    })),
  );
  await insertRows(
    tx,
    'citizens (id, external_id, given_name, family_name, district_id, care_manager_id, protected_identity)',
    'id uuid, external_id text, given_name text, family_name text, district_id uuid, care_manager_id uuid, protected_identity boolean',
    data.citizens.map((c) => ({
      id: c.id,
      external_id: c.externalId,
      given_name: c.givenName,
      family_name: c.familyName,
      district_id: c.districtId,
      care_manager_id: c.careManagerId,
      protected_identity: c.protectedIdentity,
    })),
  );
  await insertRows(tx, 'phone_numbers (e164, kind)', 'e164 text, kind text', data.phoneNumbers);
  await insertRows(
    tx,
    'citizen_phone_numbers (e164, citizen_id)',
    'e164 text, citizen_id uuid',
    data.citizenPhones.map((p) => ({ e164: p.e164, citizen_id: p.citizenId })),
  );
}

/** `target` and `columns` (same order) are constants of this file, never input. */
async function insertRows(tx: Queryable, target: string, columns: string, rows: readonly object[]): Promise<void> {
  await tx.query(`insert into ${target} select * from jsonb_to_recordset($1::jsonb) as r(${columns})`, [
    JSON.stringify(rows),
  ]);
}
