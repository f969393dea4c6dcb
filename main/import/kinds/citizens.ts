/**
 * Citizens, the heart of the mirror: name, identity number, address, district, care manager,
 * protected identity and safety context. The identity number goes to its own table, and no
 * message ever carries it: a clash is reported by line, never by value.
 */
import { z } from 'zod';
import type { Queryable } from '../../data/database.js';
import { languageCode, optional, Refusal, required, text, yesNo, type ValueRule } from '../field-rules.js';
import { normaliseIdentityNumber } from '../identity-number.js';
import { countByKey, type ImportKind, type ValidRow } from '../import-kind.js';
import type { ImportProblem } from '../import-problem.js';
import { inBatches, upsertRows } from '../upsert.js';

const identityNumber: ValueRule<string> = (value) =>
  (typeof value === 'string' || typeof value === 'number' ? normaliseIdentityNumber(String(value)) : null) ??
  new Refusal('is not valid (Swedish: 12 digits YYYYMMDDNNNC; Danish CPR: 10 digits DDMMYYNNNN)');

const schema = () =>
  z.object({
    external_id: required(text(100)),
    personal_identity_number: required(identityNumber),
    given_name: required(text(100)),
    family_name: required(text(100)),
    district: required(text(100)),
    care_manager_external_id: optional(text(100)),
    protected_identity: optional(yesNo),
    street_address: optional(text(200)),
    postal_code: optional(text(20)),
    city: optional(text(100)),
    preferred_language: required(languageCode),
    lives_alone: optional(yesNo),
    hearing_impairment: optional(yesNo),
    cognitive_impairment: optional(yesNo),
  });
type Row = z.infer<ReturnType<typeof schema>>;

export const citizens: ImportKind<Row> = {
  name: 'citizens',
  noun: 'citizens',
  schema,
  unique: [['external_id'], ['personal_identity_number']],
  references: [
    { column: 'district', target: 'district' },
    { column: 'care_manager_external_id', target: 'care_manager' },
  ],

  async check(tx, rows) {
    return numberOfAnother(tx, rows);
  },

  async write(tx, rows, ids) {
    const records = rows.map(({ row }) => ({
      external_id: row.external_id,
      given_name: row.given_name,
      family_name: row.family_name,
      district_id: ids.get('district', row.district),
      care_manager_id: ids.get('care_manager', row.care_manager_external_id),
      protected_identity: row.protected_identity ?? false,
      street_address: row.street_address ?? '',
      postal_code: row.postal_code ?? '',
      city: row.city ?? '',
      preferred_language: row.preferred_language,
      lives_alone: row.lives_alone ?? false,
      hearing_impairment: row.hearing_impairment ?? false,
      cognitive_impairment: row.cognitive_impairment ?? false,
    }));
    const result = await upsertRows(
      tx,
      {
        table: 'citizens',
        conflict: 'external_id',
        columns: [
          ['external_id', 'text'],
          ['given_name', 'text'],
          ['family_name', 'text'],
          ['district_id', 'uuid'],
          ['care_manager_id', 'uuid'],
          ['protected_identity', 'boolean'],
          ['street_address', 'text'],
          ['postal_code', 'text'],
          ['city', 'text'],
          ['preferred_language', 'text'],
          ['lives_alone', 'boolean'],
          ['hearing_impairment', 'boolean'],
          ['cognitive_impairment', 'boolean'],
        ],
        // Only a real change moves it, so importing the same file twice leaves the mirror as it was.
        touch: 'mirrored_at = now()',
      },
      records,
    );
    const renumbered = await writeIdentityNumbers(tx, rows);
    for (const key of renumbered) if (!result.inserted.has(key)) result.updated.add(key);
    return countByKey(records.map((row) => row.external_id), result.inserted, result.updated);
  },
};

/** Resolves to the external ids whose identity number was set or changed. */
async function writeIdentityNumbers(tx: Queryable, rows: readonly ValidRow<Row>[]): Promise<string[]> {
  const changed = await inBatches<{ key: string }>(
    tx,
    `insert into citizen_identity_numbers as t (citizen_id, personal_identity_number)
     select c.id, r.personal_identity_number
       from jsonb_to_recordset($1::jsonb) as r(external_id text, personal_identity_number text)
       join citizens c on c.external_id = r.external_id
     on conflict (citizen_id) do update set personal_identity_number = excluded.personal_identity_number
       where t.personal_identity_number is distinct from excluded.personal_identity_number
     returning (select external_id from citizens where id = t.citizen_id) as key`,
    rows.map(({ row }) => ({ external_id: row.external_id, personal_identity_number: row.personal_identity_number })),
  );
  return changed.map((row) => row.key);
}

/** A number the register already holds for a citizen with another external id would break its uniqueness. */
async function numberOfAnother(tx: Queryable, rows: readonly ValidRow<Row>[]): Promise<ImportProblem[]> {
  const clashes = await inBatches<{ n: number }>(
    tx,
    `select r.n
       from jsonb_to_recordset($1::jsonb) as r(n int, external_id text, personal_identity_number text)
       join citizen_identity_numbers i on i.personal_identity_number = r.personal_identity_number
       join citizens c on c.id = i.citizen_id
      where c.external_id <> r.external_id`,
    rows.map(({ row }, index) => ({ n: index, external_id: row.external_id, personal_identity_number: row.personal_identity_number })),
  );
  const clashing = new Set(clashes.map((clash) => clash.n));
  return rows
    .filter((_entry, index) => clashing.has(index))
    .map((entry) => ({ at: entry.at, field: 'personal_identity_number', reason: 'is already registered for another citizen' }));
}
