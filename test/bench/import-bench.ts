// (c) Import of the citizens export through the import's own code (main/import: CSV parsing,
// validation, reference checks, upsert), into a database that already holds the organisation.
//
// The demo's identity numbers carry a wrong check digit on purpose, and the import rightly
// refuses those. This file uses birth number 000 instead, with a correct check digit: Skatteverket
// hands out birth numbers 001-999 only, so no such number is anyone's. One per birth date (and one
// more in the samordningsnummer form, day + 60) is all that allows, so the dates span 1850-2025.
import type { Database, Queryable } from '../../main/data/database.js';
import { DAY_MS, toDay } from '../../main/data/demo/calendar.js';
import { insertBatch } from '../../main/data/demo/bulk-insert.js';
import { generateDataset } from '../../main/data/demo/dataset.js';
import type { DemoBatch, DemoCitizen } from '../../main/data/demo/demo-data.js';
import { luhnCheckDigit } from '../../main/data/demo/luhn.js';
import { citizens as citizensKind } from '../../main/import/kinds/citizens.js';
import { runImport } from '../../main/import/run-import.js';

export interface ImportFile {
  organisation: DemoBatch;
  csv: Uint8Array;
  rows: number;
}

const FIRST_DATE = toDay('1850-01-01');
const DATES = toDay('2025-12-31') - FIRST_DATE + 1;

export function neverAssignedNumber(index: number): string {
  if (index >= 2 * DATES) throw new RangeError('no more birth-number-000 identity numbers');
  const date = new Date((FIRST_DATE + (index % DATES)) * DAY_MS);
  const day = date.getUTCDate() + (index >= DATES ? 60 : 0);
  const nine = `${String(date.getUTCFullYear()).slice(2)}${String(date.getUTCMonth() + 1).padStart(2, '0')}${String(day).padStart(2, '0')}000`;
  return `${String(date.getUTCFullYear()).slice(0, 2)}${nine}${luhnCheckDigit(nine)}`;
}

const yesNo = (value: boolean) => (value ? 'ja' : 'nej');

export function buildImportFile(citizens: number): ImportFile {
  let organisation: DemoBatch | null = null;
  const lines = ['external_id;personal_identity_number;given_name;family_name;district;care_manager_external_id;protected_identity;street_address;postal_code;city;preferred_language;lives_alone;hearing_impairment;cognitive_impairment'];
  const districtKey = new Map<string, string>();
  const managerKey = new Map<string, string>();
  const row = (citizen: DemoCitizen) =>
    [
      citizen.externalId, neverAssignedNumber(lines.length - 1), citizen.givenName, citizen.familyName,
      districtKey.get(citizen.districtId) ?? '', citizen.careManagerId === null ? '' : (managerKey.get(citizen.careManagerId) ?? ''),
      yesNo(citizen.protectedIdentity), citizen.streetAddress, citizen.postalCode, citizen.city, citizen.preferredLanguage,
      yesNo(citizen.livesAlone), yesNo(citizen.hearingImpairment), yesNo(citizen.cognitiveImpairment),
    ].join(';');
  for (const batch of generateDataset({ citizens, historyDays: 0 })) {
    if (organisation === null) {
      organisation = batch;
      for (const district of batch.districts ?? []) districtKey.set(district.id, district.externalId);
      for (const manager of batch.careManagers ?? []) managerKey.set(manager.id, manager.externalId);
      continue;
    }
    for (const citizen of batch.citizens ?? []) lines.push(row(citizen));
  }
  if (organisation === null) throw new Error('the generator yielded nothing');
  return { organisation, csv: new TextEncoder().encode(`${lines.join('\n')}\n`), rows: lines.length - 1 };
}

/** Writes the organisation (districts, care managers, providers, …) that citizens refer to. */
export async function prepareImportTarget(owner: Database, file: ImportFile): Promise<void> {
  await owner.transaction((tx) => insertBatch(tx, file.organisation));
}

export interface ImportResult {
  seconds: number;
  rowsPerSecond: number;
  inserted: number;
}

export async function benchImport(importer: Database, owner: Queryable, file: ImportFile): Promise<ImportResult> {
  const started = performance.now();
  const outcome = await runImport(importer, {
    kind: citizensKind,
    bytes: file.csv,
    format: 'csv',
    dryRun: false,
    options: { region: 'SE', timeZone: 'Europe/Stockholm' },
  });
  const seconds = (performance.now() - started) / 1000;
  if (!outcome.ok) throw new Error(`the import refused the file: ${outcome.problems.slice(0, 3).map((p) => p.reason).join('; ')}`);
  const [row] = await owner.query<{ n: number }>('select count(*)::int as n from citizen_identity_numbers');
  if (row?.n !== file.rows) throw new Error(`the import wrote ${row?.n} identity numbers, not ${file.rows}`);
  return { seconds, rowsPerSecond: file.rows / seconds, inserted: outcome.counts.inserted };
}
