/**
 * Who answers which number: each row links one number (landline or mobile) to a citizen or to a
 * relative. A number may be linked to several people (a couple's landline), so a row is keyed
 * by number and person; links are added or kept, never removed by an import.
 */
import { z } from 'zod';
import type { Queryable } from '../../data/database.js';
import { acrossColumns, columnsValid, oneOf, optional, phoneNumber, required, text } from '../field-rules.js';
import { countByKey, type ImportKind, type KindOptions, type ValidRow } from '../import-kind.js';
import { describeLocation, type ImportProblem } from '../import-problem.js';
import type { ReferenceIds } from '../references.js';
import { inBatches, upsertRows } from '../upsert.js';

const schema = (options: KindOptions) =>
  z
    .object({
      phone_number: required(phoneNumber(options.region)),
      kind: required(oneOf(['landline', 'mobile'])),
      citizen_external_id: optional(text(100)),
      relative_external_id: optional(text(100)),
    })
    .superRefine((row, ctx) => {
      const valid = columnsValid(ctx, 'citizen_external_id', 'relative_external_id');
      if (valid && (row.citizen_external_id === null) === (row.relative_external_id === null)) {
        ctx.addIssue({ code: 'custom', path: ['citizen_external_id'], message: 'or relative_external_id must be given, one of them' });
      }
    }, acrossColumns);
type Row = z.infer<ReturnType<typeof schema>>;

const linkKey = (row: Row) => `${row.phone_number}|${row.citizen_external_id === null ? `r:${row.relative_external_id}` : `c:${row.citizen_external_id}`}`;

export const phoneNumbers: ImportKind<Row> = {
  name: 'phone-numbers',
  noun: 'phone number links',
  schema,
  unique: [['phone_number', 'citizen_external_id', 'relative_external_id']],
  references: [
    { column: 'citizen_external_id', target: 'citizen' },
    { column: 'relative_external_id', target: 'relative' },
  ],

  check(_tx, rows) {
    return Promise.resolve(kindDiffers(rows));
  },

  async write(tx, rows, ids) {
    const numbers = new Map(rows.map(({ row }) => [row.phone_number, { e164: row.phone_number, kind: row.kind }]));
    const lines = await upsertRows(
      tx,
      { table: 'phone_numbers', conflict: 'e164', columns: [['e164', 'text'], ['kind', 'text']] },
      [...numbers.values()],
    );
    const added = new Set([...(await addLinks(tx, rows, ids, 'citizen')), ...(await addLinks(tx, rows, ids, 'relative'))]);
    // A link whose number changed kind was updated; a number new to the register comes with a new link.
    const updated = new Set(rows.filter(({ row }) => lines.updated.has(row.phone_number)).map(({ row }) => linkKey(row)));
    return countByKey(rows.map(({ row }) => linkKey(row)), added, updated);
  },
};

/** Resolves to the keys of the links that were not there before. */
async function addLinks(tx: Queryable, rows: readonly ValidRow<Row>[], ids: ReferenceIds, owner: 'citizen' | 'relative'): Promise<string[]> {
  const records = rows.flatMap(({ row }) => {
    const key = owner === 'citizen' ? row.citizen_external_id : row.relative_external_id;
    return key === null ? [] : [{ e164: row.phone_number, owner_id: ids.get(owner, key), key: linkKey(row) }];
  });
  if (records.length === 0) return [];
  const table = owner === 'citizen' ? 'citizen_phone_numbers' : 'relative_phone_numbers';
  const added = await inBatches<{ key: string }>(
    tx,
    `with input as (select * from jsonb_to_recordset($1::jsonb) as r(e164 text, owner_id uuid, key text)),
          added as (
            insert into ${table} (e164, ${owner}_id)
            select e164, owner_id from input
            on conflict do nothing
            returning e164, ${owner}_id as owner_id)
     select input.key from added join input using (e164, owner_id)`,
    records,
  );
  return added.map((row) => row.key);
}

/** One number is one line: it cannot be a landline on one row and a mobile on the next. */
function kindDiffers(rows: readonly ValidRow<Row>[]): ImportProblem[] {
  const first = new Map<string, ValidRow<Row>>();
  const problems: ImportProblem[] = [];
  for (const entry of rows) {
    const earlier = first.get(entry.row.phone_number);
    if (earlier === undefined) first.set(entry.row.phone_number, entry);
    else if (earlier.row.kind !== entry.row.kind) {
      problems.push({ at: entry.at, field: 'kind', reason: `differs from ${describeLocation(earlier.at)}, which has the same number` });
    }
  }
  return problems;
}
