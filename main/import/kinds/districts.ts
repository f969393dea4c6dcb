/**
 * Districts with their urgent on-call numbers. The demo seeds districts without an external id;
 * a file row with the same municipality and name adopts such a district instead of clashing
 * with it, so a demo desk can move on to real data without losing its references.
 */
import { z } from 'zod';
import { optional, phoneNumber, required, text } from '../field-rules.js';
import { countByKey, type ImportKind, type KindOptions } from '../import-kind.js';
import type { ImportProblem } from '../import-problem.js';
import { inBatches, upsertRows } from '../upsert.js';

const schema = (options: KindOptions) =>
  z.object({
    external_id: required(text(100)),
    municipality: required(text(100)),
    name: required(text(100)),
    oncall_number: optional(phoneNumber(options.region)),
    oncall_deputy_number: optional(phoneNumber(options.region)),
  });
type Row = z.infer<ReturnType<typeof schema>>;

export const districts: ImportKind<Row> = {
  name: 'districts',
  noun: 'districts',
  schema,
  unique: [['external_id'], ['municipality', 'name']],
  references: [],

  async check(tx, rows) {
    const named = new Map(rows.map((entry) => [`${entry.row.municipality}\u0000${entry.row.name}`, entry]));
    const taken = await tx.query<{ municipality: string; name: string; external_id: string }>(
      `select d.municipality, d.name, d.external_id
         from districts d
         join jsonb_to_recordset($1::jsonb) as r(external_id text, municipality text, name text)
           on d.municipality = r.municipality and d.name = r.name
        where d.external_id is not null and d.external_id <> r.external_id`,
      [JSON.stringify(rows.map(({ row }) => ({ external_id: row.external_id, municipality: row.municipality, name: row.name })))],
    );
    return taken.flatMap((clash): ImportProblem[] => {
      const entry = named.get(`${clash.municipality}\u0000${clash.name}`);
      return entry ? [{ at: entry.at, field: 'name', reason: `is already the name of district '${clash.external_id}' in ${clash.municipality}` }] : [];
    });
  },

  async write(tx, rows) {
    const records = rows.map(({ row }) => row);
    const adopted = await inBatches<{ key: string }>(
      tx,
      `update districts d set external_id = r.external_id
         from jsonb_to_recordset($1::jsonb) as r(external_id text, municipality text, name text)
        where d.external_id is null and d.municipality = r.municipality and d.name = r.name
          and not exists (select 1 from districts o where o.external_id = r.external_id)
        returning d.external_id as key`,
      records,
    );
    const result = await upsertRows(
      tx,
      {
        table: 'districts',
        conflict: 'external_id',
        columns: [
          ['external_id', 'text'],
          ['municipality', 'text'],
          ['name', 'text'],
          ['oncall_number', 'text'],
          ['oncall_deputy_number', 'text'],
        ],
      },
      records,
    );
    for (const { key } of adopted) result.updated.add(key);
    return countByKey(records.map((row) => row.external_id), result.inserted, result.updated);
  },
};
