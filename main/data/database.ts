/**
 * The one door to the database that the rest of the core uses, so callers stay the same whether
 * the engine is the embedded PGlite or a shared PostgreSQL server reached with node-postgres.
 */

/** Values a statement may bind. Arrays bind to PostgreSQL arrays (`= any($1::uuid[])`). */
export type SqlParam = string | number | boolean | null | Date | readonly (string | number | boolean | null)[];

/** A row as the caller declares it (an interface is fine); untyped rows are plain records. */
export type SqlRow = Record<string, unknown>;

/**
 * What both a connection and an open transaction offer.
 *
 * Results must mean the same on every engine, so queries return only types the engines parse
 * alike: text, uuid, int4, boolean, timestamptz (Date). PGlite turns int8 and numeric into
 * numbers where node-postgres gives strings: cast counts and sums to `int` in the SQL.
 */
export interface Queryable {
  /** One statement with `$1`-style parameters; resolves to its rows (empty for plain writes). */
  query<Row extends object = SqlRow>(sql: string, params?: readonly SqlParam[]): Promise<Row[]>;
  /** Several statements separated by `;`, without parameters (migrations, seeding). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  /**
   * Runs `fn` inside BEGIN … COMMIT and rolls back if it throws. Inside `fn`, use only `tx`:
   * PGlite is a single session, and a query on the outer database would wait for this
   * transaction to end and so never run.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Ends the session; an embedded engine left open keeps the process alive. */
  close(): Promise<void>;
}
