/** The fee calculation basis (avgiftsgrundande inkomster): one per citizen, so the citizen is the key. */
import { z } from 'zod';
import { date, decimal, oneOf, optional, required, text, yesNo } from '../field-rules.js';
import { countByKey, type ImportKind } from '../import-kind.js';
import { upsertRows } from '../upsert.js';

const schema = () =>
  z.object({
    citizen_external_id: required(text(100)),
    monthly_fee: required(decimal({ decimals: 2, max: 100_000_000 })),
    currency: optional(oneOf(['SEK', 'DKK'])),
    max_fee_applies: required(yesNo),
    income_basis_date: required(date),
  });
type Row = z.infer<ReturnType<typeof schema>>;

export const feeBasis: ImportKind<Row> = {
  name: 'fee-basis',
  noun: 'fee bases',
  schema,
  unique: [['citizen_external_id']],
  references: [{ column: 'citizen_external_id', target: 'citizen' }],

  async write(tx, rows, ids) {
    const records = rows.map(({ row }) => ({
      citizen_id: ids.get('citizen', row.citizen_external_id),
      monthly_fee: row.monthly_fee,
      currency: row.currency ?? 'SEK',
      max_fee_applies: row.max_fee_applies,
      income_basis_date: row.income_basis_date,
    }));
    const result = await upsertRows(
      tx,
      {
        table: 'fee_bases',
        conflict: 'citizen_id',
        columns: [
          ['citizen_id', 'uuid'],
          ['monthly_fee', 'numeric'],
          ['currency', 'text'],
          ['max_fee_applies', 'boolean'],
          ['income_basis_date', 'date'],
        ],
      },
      records,
    );
    return countByKey(records.map((row) => row.citizen_id ?? ''), result.inserted, result.updated);
  },
};
