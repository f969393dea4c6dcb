/**
 * Runs a kind's schema over every row and collects every problem, not just the first: a field's
 * issues carry its column, a row-level check names the column it blames. Rows sharing a key are
 * reported against the line where the key first appeared, whatever else is wrong with them.
 */
import { shapeOf, type AnyImportKind, type KindOptions, type ValidRow } from './import-kind.js';
import { describeLocation, type ImportProblem } from './import-problem.js';
import type { InputRow, InputRows } from './input-rows.js';

export interface ValidatedRows {
  valid: ValidRow<unknown>[];
  problems: ImportProblem[];
}

export function validateRows(kind: AnyImportKind, options: KindOptions, input: InputRows): ValidatedRows {
  const schema = kind.schema(options);
  const valid: ValidRow<unknown>[] = [];
  const problems: ImportProblem[] = [];
  const parsedRows = new Map<InputRow, Record<string, unknown>>();
  for (const row of input.rows) {
    const parsed = schema.safeParse(row.values);
    if (parsed.success) {
      valid.push({ at: row.at, row: parsed.data });
      parsedRows.set(row, parsed.data as Record<string, unknown>);
      continue;
    }
    for (const issue of parsed.error.issues) {
      const field = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
      // The header already said the column is missing; once per row would bury everything else.
      if (field !== undefined && input.missingColumns.has(field)) continue;
      problems.push(field === undefined ? { at: row.at, reason: issue.message } : { at: row.at, field, reason: issue.message });
    }
  }
  const readKey = (row: InputRow, column: string) => {
    const parsed = parsedRows.get(row);
    return parsed ? { success: true, data: parsed[column] } : shapeOf(schema)[column]?.safeParse(row.values[column]);
  };
  for (const columns of kind.unique) problems.push(...duplicates(readKey, columns, input.rows));
  return { valid, problems };
}

/** Compares values as the rules read them, so "19340215-1231" and "193402151231" are the same number. */
function duplicates(
  readKey: (row: InputRow, column: string) => { success: boolean; data?: unknown } | undefined,
  columns: readonly string[],
  rows: readonly InputRow[],
): ImportProblem[] {
  const first = new Map<string, InputRow>();
  const problems: ImportProblem[] = [];
  const label = columns.join('/');
  for (const row of rows) {
    const parts = columns.map((column) => readKey(row, column));
    if (parts.some((part) => !part?.success) || parts[0]?.data === null) continue;
    const key = parts.length === 1 ? String(parts[0]?.data) : JSON.stringify(parts.map((part) => part?.data));
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, row);
    else problems.push({ at: row.at, field: label, reason: `is a duplicate of ${describeLocation(earlier.at)}` });
  }
  return problems;
}
