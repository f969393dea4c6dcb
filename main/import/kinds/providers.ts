/** Providers (utförare): home care, care homes, day activity, each in a district when it has one. */
import { z } from 'zod';
import { oneOf, optional, phoneNumber, required, text } from '../field-rules.js';
import { countByKey, type ImportKind, type KindOptions } from '../import-kind.js';
import { upsertRows } from '../upsert.js';

const schema = (options: KindOptions) =>
  z.object({
    external_id: required(text(100)),
    name: required(text(200)),
    kind: required(oneOf(['home_care', 'care_home', 'day_activity', 'other'])),
    district: optional(text(100)),
    phone: optional(phoneNumber(options.region)),
    street_address: optional(text(200)),
  });
type Row = z.infer<ReturnType<typeof schema>>;

export const providers: ImportKind<Row> = {
  name: 'providers',
  noun: 'providers',
  schema,
  unique: [['external_id']],
  references: [{ column: 'district', target: 'district' }],

  async write(tx, rows, ids) {
    const records = rows.map(({ row }) => ({
      external_id: row.external_id,
      name: row.name,
      kind: row.kind,
      district_id: ids.get('district', row.district),
      phone: row.phone,
      street_address: row.street_address ?? '',
    }));
    const result = await upsertRows(
      tx,
      {
        table: 'providers',
        conflict: 'external_id',
        columns: [
          ['external_id', 'text'],
          ['name', 'text'],
          ['kind', 'text'],
          ['district_id', 'uuid'],
          ['phone', 'text'],
          ['street_address', 'text'],
        ],
      },
      records,
    );
    return countByKey(records.map((row) => row.external_id), result.inserted, result.updated);
  },
};
