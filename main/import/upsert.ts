/**
 * Batched upserts that know what they changed: rows go in as one JSON parameter per batch
 * (one statement for thousands of rows, and the same SQL on PGlite and PostgreSQL), an existing
 * row is only rewritten when a value differs, and `xmax = 0` on the returned rows tells a fresh
 * insert from an update. Rows that come back from neither were already as the file says.
 */
import type { Queryable } from '../data/database.js';

/** Large enough to amortise a round trip, small enough to keep one parameter a few megabytes. */
export const BATCH_ROWS = 5_000;

export interface UpsertSpec {
  /** A constant of the calling module, never input. */
  table: string;
  /** The unique column the rows are matched on; its values are what the result reports. */
  conflict: string;
  /** Every column written, conflict column included, with its SQL type: `[name, type]`. */
  columns: readonly (readonly [string, string])[];
  /** Extra assignments whenever a row is inserted or changed, e.g. "mirrored_at = now()". */
  touch?: string;
}

export interface UpsertResult {
  inserted: Set<string>;
  updated: Set<string>;
}

export async function upsertRows(tx: Queryable, spec: UpsertSpec, records: readonly Record<string, unknown>[]): Promise<UpsertResult> {
  const result: UpsertResult = { inserted: new Set(), updated: new Set() };
  const sql = upsertSql(spec);
  for (let start = 0; start < records.length; start += BATCH_ROWS) {
    const batch = records.slice(start, start + BATCH_ROWS);
    const rows = await tx.query<{ key: string; inserted: boolean }>(sql, [JSON.stringify(batch)]);
    for (const row of rows) (row.inserted ? result.inserted : result.updated).add(row.key);
  }
  return result;
}

function upsertSql({ table, conflict, columns, touch }: UpsertSpec): string {
  const names = columns.map(([name]) => name);
  const changing = names.filter((name) => name !== conflict);
  const assignments = [...changing.map((name) => `${name} = excluded.${name}`), ...(touch ? [touch] : [])];
  return `
    insert into ${table} as t (${names.join(', ')})
    select ${names.join(', ')} from jsonb_to_recordset($1::jsonb) as r(${columns.map(([name, type]) => `${name} ${type}`).join(', ')})
    on conflict (${conflict}) do update set ${assignments.join(', ')}
      where (${changing.map((name) => `t.${name}`).join(', ')}) is distinct from (${changing.map((name) => `excluded.${name}`).join(', ')})
    returning t.${conflict}::text as key, (t.xmax = 0) as inserted`;
}

/** Runs `sql` (with `$1` = one batch as JSON) over all records, batch by batch, collecting rows. */
export async function inBatches<Row extends object>(tx: Queryable, sql: string, records: readonly object[]): Promise<Row[]> {
  const out: Row[] = [];
  for (let start = 0; start < records.length; start += BATCH_ROWS) {
    out.push(...(await tx.query<Row>(sql, [JSON.stringify(records.slice(start, start + BATCH_ROWS))])));
  }
  return out;
}
