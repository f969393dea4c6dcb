/**
 * A team's shared server as a desk starts on it, reachable or not: the database is handed out at
 * once and its schema checked in the background. Until that check passes every read and write fails
 * at once, as in an outage, so writes wait in the outbox and a desk built for schema N never writes
 * into a server still at N-1.
 */
import type { Logger } from '../core/logger.js';
import { exponentialBackoff, type ReconnectPolicy } from '../phone/reconnect-policy.js';
import type { Database, ListenOptions, Queryable, SqlParam, SqlRow } from './database.js';
import { migrate, type MigrationError, type Migration } from './migrate.js';
import { SchemaCheck, type SchemaCheckState } from './shared-connection-check.js';

/**
 * Carries 57P03 ("cannot connect now"), which a starting server answers: the outbox then queues the
 * write as in any outage, and the screen-pop says at once that it could not look the caller up.
 */
export class SharedDatabaseNotReadyError extends Error {
  override readonly name = 'SharedDatabaseNotReadyError';
  readonly code = '57P03';

  constructor(state: SchemaCheckState) {
    super(
      state === 'blocked'
        ? "The shared database's schema cannot be used by this build."
        : state === 'stopped'
          ? 'The shared database is closed.'
          : 'The shared database has not answered the schema check yet.',
    );
  }
}

/** The desk's database as the core uses it, whatever the engine. */
export interface DeskDatabase {
  /** Usable at once; on a shared server reads and writes reject until the schema check passed. */
  readonly database: Database;
  /** `listener` runs once the schema is this build's: at once when it already is. */
  onReady(listener: () => void): void;
  /** `listener` runs when this build must not use the schema at all; nothing is retried then. */
  onBlocked(listener: (error: MigrationError) => void): void;
}

export interface SharedConnectionOptions {
  migrations: readonly Migration[];
  log: Logger;
  /** Waits between schema checks while the server does not answer; tests shorten them. */
  retry?: ReconnectPolicy;
}

/** As the listener's: a returning server sees its desks again within seconds, not all at once. */
const defaultRetry = exponentialBackoff({ firstMs: 1_000, maxMs: 15_000 });

/** `server` is opened but not yet used (node-postgres connects on the first query). */
export function startSharedConnection(server: Database, options: SharedConnectionOptions): DeskDatabase {
  const ready = new Set<() => void>();
  const blocked = new Set<(error: MigrationError) => void>();
  let blockedBy: MigrationError | undefined;
  const check = new SchemaCheck({
    check: () => migrate(server, options.migrations),
    retry: options.retry ?? defaultRetry,
    log: options.log,
    onReady: () => ready.forEach((listener) => listener()),
    onBlocked: (error) => {
      blockedBy = error;
      blocked.forEach((listener) => listener(error));
    },
  });
  check.start();
  return {
    database: new GatedDatabase(server, check),
    onReady(listener) {
      if (check.state === 'ready') listener();
      else ready.add(listener);
    },
    onBlocked(listener) {
      if (blockedBy) listener(blockedBy);
      else blocked.add(listener);
    },
  };
}

/** The embedded engine was migrated before it was handed out: nothing to wait for. */
export function readyDatabase(database: Database): DeskDatabase {
  return { database, onReady: (listener) => listener(), onBlocked: () => undefined };
}

class GatedDatabase implements Database {
  constructor(
    private readonly server: Database,
    private readonly check: SchemaCheck,
  ) {}

  async query<Row extends object = SqlRow>(sql: string, params?: readonly SqlParam[]): Promise<Row[]> {
    this.pass();
    return this.server.query<Row>(sql, params);
  }

  async exec(sql: string): Promise<void> {
    this.pass();
    await this.server.exec(sql);
  }

  async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    this.pass();
    return this.server.transaction(fn);
  }

  /** Listening writes nothing, and the listener waits for the server by itself. */
  listen(channel: string, onPayload: (payload: string) => void, options?: ListenOptions): Promise<() => Promise<void>> {
    return this.server.listen(channel, onPayload, options);
  }

  async close(): Promise<void> {
    await this.check.stop();
    await this.server.close();
  }

  private pass(): void {
    if (this.check.state !== 'ready') throw new SharedDatabaseNotReadyError(this.check.state);
  }
}
