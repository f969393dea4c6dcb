/** Current decisions (aktuella beslut): type, scope, hours per month, validity and the provider carrying them out. */
import { z } from 'zod';
import { acrossColumns, columnsValid, date, decimal, oneOf, optional, required, text } from '../field-rules.js';
import { countByKey, type ImportKind } from '../import-kind.js';
import { upsertRows } from '../upsert.js';

export const decisionTypes = ['home_care', 'housing', 'day_activity', 'transport_service', 'safety_alarm', 'meals', 'other'] as const;

const schema = () =>
  z
    .object({
      external_id: required(text(100)),
      citizen_external_id: required(text(100)),
      decision_type: required(oneOf(decisionTypes)),
      scope: optional(text(500)),
      hours_per_month: optional(decimal({ decimals: 1, max: 100_000 })),
      valid_from: required(date),
      valid_to: optional(date),
      provider_external_id: optional(text(100)),
    })
    .superRefine((row, ctx) => {
      if (columnsValid(ctx, 'valid_from', 'valid_to') && row.valid_to !== null && row.valid_to < row.valid_from) {
        ctx.addIssue({ code: 'custom', path: ['valid_to'], message: 'is before valid_from' });
      }
    }, acrossColumns);
type Row = z.infer<ReturnType<typeof schema>>;

export const decisions: ImportKind<Row> = {
  name: 'decisions',
  noun: 'decisions',
  schema,
  unique: [['external_id']],
  references: [
    { column: 'citizen_external_id', target: 'citizen' },
    { column: 'provider_external_id', target: 'provider' },
  ],

  async write(tx, rows, ids) {
    const records = rows.map(({ row }) => ({
      external_id: row.external_id,
      citizen_id: ids.get('citizen', row.citizen_external_id),
      decision_type: row.decision_type,
      scope: row.scope ?? '',
      hours_per_month: row.hours_per_month,
      valid_from: row.valid_from,
      valid_to: row.valid_to,
      provider_id: ids.get('provider', row.provider_external_id),
    }));
    const result = await upsertRows(
      tx,
      {
        table: 'decisions',
        conflict: 'external_id',
        columns: [
          ['external_id', 'text'],
          ['citizen_id', 'uuid'],
          ['decision_type', 'text'],
          ['scope', 'text'],
          ['hours_per_month', 'numeric'],
          ['valid_from', 'date'],
          ['valid_to', 'date'],
          ['provider_id', 'uuid'],
        ],
      },
      records,
    );
    return countByKey(records.map((row) => row.external_id), result.inserted, result.updated);
  },
};
