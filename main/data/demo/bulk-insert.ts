/**
 * Loads demo batches fast on both engines with the same SQL: one INSERT … SELECT FROM unnest() per
 * table and a few thousand rows, each column bound as one array parameter. Measured here on 200,000
 * rows: 100,000 rows/s on PGlite and 135,000-147,000 on PostgreSQL, 3-20 % faster than one JSON
 * parameter per statement, and far faster than row-by-row inserts (about 7,000 rows/s).
 */
import type { Database, Queryable, SqlParam } from '../database.js';
import type { DemoBatch, DemoData } from './demo-data.js';
import { tableSpecs, type TableSpec } from './tables.js';

const ROWS_PER_STATEMENT = 5000;

export type RowCounts = Partial<Record<keyof DemoData, number>>;

/** PostgreSQL's array literal, for array columns: unnest would flatten a two-dimensional parameter. */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, (char) => `\\${char}`)}"`).join(',')}}`;
}

const statements = new Map<string, string>();

/** `table` and the columns are constants of tables.ts, never input. */
function statementFor(spec: TableSpec): string {
  let sql = statements.get(spec.table);
  if (sql === undefined) {
    const columns = spec.columns.map(([, column]) => column);
    const params = spec.columns.map(([, , type], index) => `$${index + 1}::${type === 'text[]' ? 'text' : type}[]`);
    const select = spec.columns.map(([, column, type]) => (type === 'text[]' ? `u.${column}::text[]` : `u.${column}`));
    sql = `insert into ${spec.table} (${columns.join(', ')}) select ${select.join(', ')} from unnest(${params.join(', ')}) as u(${columns.join(', ')})`;
    statements.set(spec.table, sql);
  }
  return sql;
}

async function insertRows(tx: Queryable, spec: TableSpec, rows: readonly object[]): Promise<void> {
  const sql = statementFor(spec);
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const slice = rows.slice(start, start + ROWS_PER_STATEMENT) as Record<string, unknown>[];
    const params: SqlParam[] = spec.columns.map(([property, , type]) =>
      slice.map((row) => {
        const value = row[property];
        if (type === 'text[]') return arrayLiteral(value as string[]);
        return (value ?? null) as string | number | boolean | null;
      }),
    );
    await tx.query(sql, params);
  }
}

/** Inserts every list of `batch`, parents first; returns how many rows each list had. */
export async function insertBatch(tx: Queryable, batch: DemoBatch): Promise<RowCounts> {
  const counts: RowCounts = {};
  for (const spec of tableSpecs) {
    const rows = batch[spec.list] as readonly object[] | undefined;
    if (!rows || rows.length === 0) continue;
    await insertRows(tx, spec, rows);
    counts[spec.list] = rows.length;
  }
  return counts;
}

export interface LoadOptions {
  /** Commit after about this many rows (default: everything in one transaction). */
  rowsPerTransaction?: number;
  /**
   * Skips triggers, foreign-key checks included, while loading: for data sets built by this
   * generator only, whose integrity its tests prove. Needs a superuser (session_replication_role).
   */
  skipTriggers?: boolean;
  onProgress?: (counts: Readonly<RowCounts>) => void;
}

export async function loadDataset(db: Database, batches: Iterable<DemoBatch>, options: LoadOptions = {}): Promise<RowCounts> {
  const totals: RowCounts = {};
  const limit = options.rowsPerTransaction ?? Number.POSITIVE_INFINITY;
  const iterator = batches[Symbol.iterator]();
  let next = iterator.next();
  while (!next.done) {
    await db.transaction(async (tx) => {
      if (options.skipTriggers) await tx.exec('set local session_replication_role = replica');
      let rows = 0;
      while (!next.done && rows < limit) {
        const counts = await insertBatch(tx, next.value);
        for (const [list, count] of Object.entries(counts) as [keyof DemoData, number][]) {
          totals[list] = (totals[list] ?? 0) + count;
          rows += count;
        }
        options.onProgress?.(totals);
        next = iterator.next();
      }
    });
  }
  return totals;
}
