/**
 * The shared engine: a team's PostgreSQL server (15 or newer) reached with node-postgres, behind
 * the same Database interface as the embedded PGlite and returning the same values for the same SQL.
 */
import { readFile } from 'node:fs/promises';
import type { ConnectionOptions } from 'node:tls';
import pg from 'pg';
import { exponentialBackoff, type ReconnectPolicy } from '../phone/reconnect-policy.js';
import { checkChannelName, type Database, type ListenOptions, type Queryable, type SqlParam, type SqlRow } from './database.js';
import { PostgresListener, type DatabaseLog } from './postgres-listener.js';
import { pgliteCompatibleTypes } from './postgres-types.js';

export type { DatabaseLog } from './postgres-listener.js';

/** `require` encrypts without checking who answers; `verify-full` also checks the certificate and host name. */
export type PostgresTls = 'off' | 'require' | 'verify-full';

export interface PostgresConfig {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
  ssl: PostgresTls;
  /** PEM file of the CA that signed the server's certificate (verify-full); Node's CAs when absent. */
  caFile?: string;
  /** How long to wait for a connection before a query fails; 5 s when absent. */
  connectTimeoutMs?: number;
}

export interface PostgresOptions {
  log?: DatabaseLog;
  /** Waits between the listener's attempts to get its connection back; tests shorten them. */
  listenerReconnect?: ReconnectPolicy;
  /** Connections one desk may hold at once; 3 when absent, since a team's agents share one server. */
  poolSize?: number;
}

/**
 * PGlite's sessions run with these, and the parsers borrowed from PGlite expect ISO dates: set
 * at connection start, so a server configured for another zone or date style gives the same rows.
 */
const SESSION_SETTINGS = '-c TimeZone=UTC -c DateStyle=ISO -c IntervalStyle=postgres';

const quietLog: DatabaseLog = { info() {}, warn() {} };

/** Nothing is sent until the first query; rejects only when the CA file cannot be read. */
export async function openPostgresDatabase(config: PostgresConfig, options: PostgresOptions = {}): Promise<Database> {
  const log = options.log ?? quietLog;
  const ca = config.ssl === 'verify-full' && config.caFile ? await readCa(config.caFile) : undefined;
  const connection = connectionConfig(config, ca);
  const pool = new pg.Pool({ ...connection, max: options.poolSize ?? 3, idleTimeoutMillis: 60_000 });
  // Without a handler an idle connection that the server closes (a restart) would crash the process.
  pool.on('error', (error) => log.warn('database connection lost while idle', { error: error.message }));
  const policy = options.listenerReconnect ?? exponentialBackoff({ firstMs: 500, maxMs: 15_000 });
  return new PostgresDatabase(pool, new PostgresListener(connection, policy, log));
}

/** What every connection of one desk is opened with; exported for its unit test. */
export function connectionConfig(config: PostgresConfig, ca?: string): pg.ClientConfig {
  return {
    host: config.host,
    port: config.port,
    database: config.database,
    user: config.user,
    password: config.password,
    ssl: tlsOptions(config.ssl, ca),
    application_name: 'careline-desk',
    options: SESSION_SETTINGS,
    connectionTimeoutMillis: config.connectTimeoutMs ?? 5_000,
    // Notices a server that vanished without closing the connection (a cut network) within a minute.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    types: pgliteCompatibleTypes,
  };
}

function tlsOptions(mode: PostgresTls, ca: string | undefined): false | ConnectionOptions {
  if (mode === 'off') return false;
  if (mode === 'require') return { rejectUnauthorized: false };
  return ca === undefined ? { rejectUnauthorized: true } : { rejectUnauthorized: true, ca };
}

async function readCa(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`The database CA file ${file} cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

class PostgresDatabase implements Database {
  constructor(
    private readonly pool: pg.Pool,
    private readonly listener: PostgresListener,
  ) {}

  query<Row extends object = SqlRow>(sql: string, params: readonly SqlParam[] = []): Promise<Row[]> {
    return runQuery<Row>(this.pool, sql, params);
  }

  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }

  async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const scope = new TransactionScope(client);
    // A connection whose rollback failed is in an unknown state: it is destroyed, not reused.
    let broken: Error | undefined;
    try {
      await client.query('begin');
      const result = await fn(scope);
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback').catch((rollbackError: unknown) => {
        broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
      });
      throw error;
    } finally {
      scope.end();
      client.release(broken);
    }
  }

  async listen(channel: string, onPayload: (payload: string) => void, options?: ListenOptions): Promise<() => Promise<void>> {
    return this.listener.listen(checkChannelName(channel), onPayload, options);
  }

  async close(): Promise<void> {
    await this.listener.close();
    await this.pool.end();
  }
}

/** The transaction's own connection, refusing use after COMMIT or ROLLBACK as PGlite does. */
class TransactionScope implements Queryable {
  private open = true;

  constructor(private readonly client: pg.PoolClient) {}

  async query<Row extends object = SqlRow>(sql: string, params: readonly SqlParam[] = []): Promise<Row[]> {
    this.check();
    return runQuery<Row>(this.client, sql, params);
  }

  async exec(sql: string): Promise<void> {
    this.check();
    await this.client.query(sql);
  }

  end(): void {
    this.open = false;
  }

  private check(): void {
    if (!this.open) throw new Error('The transaction has ended.');
  }
}

/**
 * Always the extended protocol, as PGlite's query() uses: without it node-postgres sends a
 * parameterless statement as a simple query, which would accept several statements here and
 * fail on the other engine.
 */
async function runQuery<Row extends object>(target: pg.Pool | pg.PoolClient, sql: string, params: readonly SqlParam[]): Promise<Row[]> {
  const config: pg.QueryConfig & { queryMode: 'extended' } = { text: sql, values: [...params], queryMode: 'extended' };
  return (await target.query<Row & pg.QueryResultRow>(config)).rows;
}
