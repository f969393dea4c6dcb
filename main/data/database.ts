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
 * Both engines parse results alike (node-postgres borrows PGlite's parsers): int2/int4/int8 and
 * floats are numbers (an int8 beyond 2^53 a bigint), numeric a string, date and timestamptz a Date
 * (a date at 00:00 UTC), interval a string, bytea a Uint8Array, json parsed. Use timestamptz: a
 * timestamp without zone is read in the machine's zone. Sessions run in UTC on both, so day
 * boundaries in SQL are UTC unless the SQL says `at time zone 'Europe/Stockholm'`.
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
  /**
   * Calls `onPayload` for each NOTIFY on `channel` (`pg_notify('channel', payload)`), which the
   * engines deliver only when the sending transaction commits. Resolves once listening; the
   * returned function stops it. `onPayload` runs on its own tick and must not throw.
   */
  listen(channel: string, onPayload: (payload: string) => void, options?: ListenOptions): Promise<() => Promise<void>>;
  /** Ends the session; an embedded engine left open keeps the process alive. */
  close(): Promise<void>;
}

export interface ListenOptions {
  /**
   * A shared server's listener reconnects by itself after the connection was lost (a server
   * restart); notifications sent meanwhile are lost, so this is the moment to re-read the state.
   */
  onResumed?: () => void;
}

/**
 * LISTEN cannot take a parameter, so the channel goes into the SQL text: only lower-case
 * identifiers, which also spell the same in `LISTEN x` and `pg_notify('x', …)`.
 */
const CHANNEL_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function checkChannelName(channel: string): string {
  if (!CHANNEL_NAME.test(channel)) {
    throw new TypeError(`"${channel}" is not a channel name: use 1-63 of a-z, 0-9 and _, not starting with a digit.`);
  }
  return channel;
}
