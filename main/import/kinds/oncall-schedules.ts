/**
 * On-call schedules: who carries the district's urgent mobile when. Times without an offset are
 * the municipality's local time (--time-zone, Europe/Stockholm by default).
 */
import { z } from 'zod';
import { acrossColumns, columnsValid, optional, phoneNumber, required, text, timestamp } from '../field-rules.js';
import { countByKey, type ImportKind, type KindOptions } from '../import-kind.js';
import { upsertRows } from '../upsert.js';

const schema = (options: KindOptions) =>
  z
    .object({
      external_id: required(text(100)),
      district: required(text(100)),
      care_manager_external_id: optional(text(100)),
      starts_at: required(timestamp(options.timeZone)),
      ends_at: required(timestamp(options.timeZone)),
      phone: optional(phoneNumber(options.region)),
    })
    .superRefine((row, ctx) => {
      if (columnsValid(ctx, 'starts_at', 'ends_at') && row.ends_at <= row.starts_at) {
        ctx.addIssue({ code: 'custom', path: ['ends_at'], message: 'is not after starts_at' });
      }
    }, acrossColumns);
type Row = z.infer<ReturnType<typeof schema>>;

export const oncallSchedules: ImportKind<Row> = {
  name: 'oncall-schedules',
  noun: 'on-call shifts',
  schema,
  unique: [['external_id']],
  references: [
    { column: 'district', target: 'district' },
    { column: 'care_manager_external_id', target: 'care_manager' },
  ],

  async write(tx, rows, ids) {
    const records = rows.map(({ row }) => ({
      external_id: row.external_id,
      district_id: ids.get('district', row.district),
      care_manager_id: ids.get('care_manager', row.care_manager_external_id),
      starts_at: row.starts_at,
      ends_at: row.ends_at,
      phone: row.phone,
    }));
    const result = await upsertRows(
      tx,
      {
        table: 'oncall_shifts',
        conflict: 'external_id',
        columns: [
          ['external_id', 'text'],
          ['district_id', 'uuid'],
          ['care_manager_id', 'uuid'],
          ['starts_at', 'timestamptz'],
          ['ends_at', 'timestamptz'],
          ['phone', 'text'],
        ],
      },
      records,
    );
    return countByKey(records.map((row) => row.external_id), result.inserted, result.updated);
  },
};
