/** Relatives (anhöriga / pårørende) of a citizen, with their relation; their numbers come with phone-numbers. */
import { z } from 'zod';
import { oneOf, optional, required, text, yesNo } from '../field-rules.js';
import { countByKey, type ImportKind } from '../import-kind.js';
import { upsertRows } from '../upsert.js';

export const relations = ['spouse', 'partner', 'child', 'grandchild', 'sibling', 'other_relative', 'friend', 'neighbour', 'guardian'] as const;

const schema = () =>
  z.object({
    external_id: required(text(100)),
    citizen_external_id: required(text(100)),
    given_name: required(text(100)),
    family_name: required(text(100)),
    relation: required(oneOf(relations)),
    is_next_of_kin: optional(yesNo),
  });
type Row = z.infer<ReturnType<typeof schema>>;

export const relatives: ImportKind<Row> = {
  name: 'relatives',
  noun: 'relatives',
  schema,
  unique: [['external_id']],
  references: [{ column: 'citizen_external_id', target: 'citizen' }],

  async write(tx, rows, ids) {
    const records = rows.map(({ row }) => ({
      external_id: row.external_id,
      citizen_id: ids.get('citizen', row.citizen_external_id),
      given_name: row.given_name,
      family_name: row.family_name,
      relation: row.relation,
      is_next_of_kin: row.is_next_of_kin ?? false,
    }));
    const result = await upsertRows(
      tx,
      {
        table: 'relatives',
        conflict: 'external_id',
        columns: [
          ['external_id', 'text'],
          ['citizen_id', 'uuid'],
          ['given_name', 'text'],
          ['family_name', 'text'],
          ['relation', 'text'],
          ['is_next_of_kin', 'boolean'],
        ],
      },
      records,
    );
    return countByKey(records.map((row) => row.external_id), result.inserted, result.updated);
  },
};
