/** Invoices from the finance system (Agresso): period, amount, due date, OCR reference and payment. */
import { z } from 'zod';
import { acrossColumns, columnsValid, date, decimal, oneOf, optional, Refusal, required, text, yesNo, type ValueRule } from '../field-rules.js';
import { countByKey, type ImportKind } from '../import-kind.js';
import { upsertRows } from '../upsert.js';

/** Printed in groups on the payment slip ("1234 5678 90"); stored as digits. */
const ocrReference: ValueRule<string> = (value) => {
  const digits = String(value).replace(/\s/g, '');
  return /^[0-9]{2,25}$/.test(digits) ? digits : new Refusal('must be 2 to 25 digits');
};

const schema = () =>
  z
    .object({
      invoice_number: required(text(50)),
      citizen_external_id: required(text(100)),
      period_start: required(date),
      period_end: required(date),
      // Negative for a credit note.
      amount: required(decimal({ decimals: 2, max: 100_000_000, negative: true })),
      currency: optional(oneOf(['SEK', 'DKK'])),
      due_date: required(date),
      ocr_reference: required(ocrReference),
      paid: optional(yesNo),
      paid_on: optional(date),
    })
    .superRefine((row, ctx) => {
      if (columnsValid(ctx, 'period_start', 'period_end') && row.period_end < row.period_start) {
        ctx.addIssue({ code: 'custom', path: ['period_end'], message: 'is before period_start' });
      }
      if (columnsValid(ctx, 'paid', 'paid_on') && row.paid_on !== null && row.paid !== true) {
        ctx.addIssue({ code: 'custom', path: ['paid_on'], message: 'is given but paid is not true' });
      }
    }, acrossColumns);
type Row = z.infer<ReturnType<typeof schema>>;

export const invoices: ImportKind<Row> = {
  name: 'invoices',
  noun: 'invoices',
  schema,
  unique: [['invoice_number']],
  references: [{ column: 'citizen_external_id', target: 'citizen' }],

  async write(tx, rows, ids) {
    const records = rows.map(({ row }) => ({
      invoice_number: row.invoice_number,
      citizen_id: ids.get('citizen', row.citizen_external_id),
      period_start: row.period_start,
      period_end: row.period_end,
      amount: row.amount,
      currency: row.currency ?? 'SEK',
      due_date: row.due_date,
      ocr_reference: row.ocr_reference,
      paid: row.paid ?? false,
      paid_on: row.paid_on,
    }));
    const result = await upsertRows(
      tx,
      {
        table: 'invoices',
        conflict: 'invoice_number',
        columns: [
          ['invoice_number', 'text'],
          ['citizen_id', 'uuid'],
          ['period_start', 'date'],
          ['period_end', 'date'],
          ['amount', 'numeric'],
          ['currency', 'text'],
          ['due_date', 'date'],
          ['ocr_reference', 'text'],
          ['paid', 'boolean'],
          ['paid_on', 'date'],
        ],
      },
      records,
    );
    return countByKey(records.map((row) => row.invoice_number), result.inserted, result.updated);
  },
};
