/**
 * What every kind of import file declares: its zod schema (the columns are the schema's keys),
 * the column that identifies a row, what it refers to, any checks that need the database, and
 * how its rows are written. The pipeline in run-import.ts does the rest the same way for all.
 */
import type { z } from 'zod';
import type { Queryable } from '../data/database.js';
import type { ImportProblem, Location } from './import-problem.js';
import type { ColumnSpec } from './input-rows.js';
import type { ReferenceIds, ReferenceTarget } from './references.js';

export interface KindOptions {
  /** Region for phone numbers written without a country code, e.g. "SE". */
  region: string;
  /** Time zone of local times in on-call schedules. */
  timeZone: string;
}

export interface ValidRow<Row> {
  at: Location;
  row: Row;
}

export interface WriteCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface ImportKind<Row> {
  name: string;
  /** What the summary counts, e.g. "citizens" or "phone number links". */
  noun: string;
  schema(options: KindOptions): z.ZodType<Row, Record<string, unknown>>;
  /**
   * Column sets no two rows may share, the row's identity first (its external id). Checked on
   * every row whose columns in the set are valid, even if another column of it is not.
   */
  unique: readonly (readonly string[])[];
  references: readonly { column: string; target: ReferenceTarget }[];
  /** Checks across rows or against the database, run inside the import's transaction. */
  check?(tx: Queryable, rows: readonly ValidRow<Row>[], ids: ReferenceIds): Promise<ImportProblem[]>;
  write(tx: Queryable, rows: readonly ValidRow<Row>[], ids: ReferenceIds): Promise<WriteCounts>;
}

/** Each kind's rows are typed by its own schema; the pipeline only needs the shape above. */
export type AnyImportKind = ImportKind<any>;

/** The rule of each column: an import schema is a zod object, refinements included. */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  if (!shape) throw new TypeError('an import schema must be a zod object');
  return shape;
}

/** The schema's keys are the columns; a column is required when its rule refuses "absent". */
export function columnsOf(schema: z.ZodType): ColumnSpec {
  const shape = shapeOf(schema);
  const all = Object.keys(shape);
  return { all, required: all.filter((name) => !shape[name]?.safeParse(undefined).success) };
}

/** Tallies rows by whether their key was inserted, changed, or neither. */
export function countByKey(keys: readonly string[], inserted: ReadonlySet<string>, updated: ReadonlySet<string>): WriteCounts {
  const counts: WriteCounts = { inserted: 0, updated: 0, unchanged: 0 };
  for (const key of keys) {
    if (inserted.has(key)) counts.inserted += 1;
    else if (updated.has(key)) counts.updated += 1;
    else counts.unchanged += 1;
  }
  return counts;
}
