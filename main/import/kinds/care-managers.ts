/** Care managers (biståndshandläggare): district, areas of responsibility, languages and phone. */
import { z } from 'zod';
import { languageList, optional, phoneNumber, required, text } from '../field-rules.js';
import { countByKey, type ImportKind, type KindOptions } from '../import-kind.js';
import { upsertRows } from '../upsert.js';

const schema = (options: KindOptions) =>
  z.object({
    external_id: required(text(100)),
    district: required(text(100)),
    given_name: required(text(100)),
    family_name: required(text(100)),
    phone: optional(phoneNumber(options.region)),
    responsibility: optional(text(1000)),
    languages: optional(languageList),
  });
type Row = z.infer<ReturnType<typeof schema>>;

export const careManagers: ImportKind<Row> = {
  name: 'care-managers',
  noun: 'care managers',
  schema,
  unique: [['external_id']],
  references: [{ column: 'district', target: 'district' }],

  async write(tx, rows, ids) {
    const records = rows.map(({ row }) => ({
      external_id: row.external_id,
      district_id: ids.get('district', row.district),
      given_name: row.given_name,
      family_name: row.family_name,
      phone: row.phone,
      responsibility: row.responsibility ?? '',
      languages: row.languages ?? [],
    }));
    const result = await upsertRows(
      tx,
      {
        table: 'care_managers',
        conflict: 'external_id',
        columns: [
          ['external_id', 'text'],
          ['district_id', 'uuid'],
          ['given_name', 'text'],
          ['family_name', 'text'],
          ['phone', 'text'],
          ['responsibility', 'text'],
          ['languages', 'text[]'],
        ],
      },
      records,
    );
    return countByKey(records.map((row) => row.external_id), result.inserted, result.updated);
  },
};
