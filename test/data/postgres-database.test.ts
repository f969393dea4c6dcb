// What only the shared engine has to get right, against a real PostgreSQL server with TLS: the
// three TLS modes, password logins, one connection per transaction, surviving a server restart,
// and the desk opening a shared database (migrated, never seeded with demo people).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../main/data/database.js';
import { DatabaseSettingsError, openDeskDatabase } from '../../main/data/desk-database.js';
import { migrations } from '../../main/data/migrations/index.js';
import { openPostgresDatabase, type PostgresConfig } from '../../main/data/postgres-database.js';
import type { DatabaseSettings } from '../../main/settings/desk-settings.js';
import { startPostgresCluster, type PostgresCluster } from '../fixtures/postgres/cluster.js';

let cluster: PostgresCluster;
let app: PostgresConfig;
const opened: Database[] = [];
const open = async (config: PostgresConfig, options?: Parameters<typeof openPostgresDatabase>[1]) => {
  const db = await openPostgresDatabase(config, options);
  opened.push(db);
  return db;
};

beforeAll(async () => {
  cluster = await startPostgresCluster({ tls: true });
  app = await cluster.createDatabase('careline_app');
});
afterAll(async () => {
  await Promise.all(opened.map((db) => db.close()));
  await cluster?.stop();
});

const session = `select ssl, current_setting('application_name') as app
                   from pg_stat_ssl where pid = pg_backend_pid()`;

describe('TLS', () => {
  it('verify-full with the CA file connects encrypted, as careline-desk', async () => {
    const db = await open({ ...app, ssl: 'verify-full', caFile: cluster.caFile });
    expect(await db.query(session)).toEqual([{ ssl: true, app: 'careline-desk' }]);
  });

  it('verify-full refuses a server whose certificate no trusted CA signed', async () => {
    const db = await open({ ...app, ssl: 'verify-full' });
    await expect(db.query('select 1')).rejects.toThrow(/self[- ]signed|unable to (verify|get local issuer)/);
  });

  it('require encrypts without checking the certificate; off does not encrypt', async () => {
    expect(await (await open({ ...app, ssl: 'require' })).query(session)).toEqual([{ ssl: true, app: 'careline-desk' }]);
    expect(await (await open({ ...app, ssl: 'off' })).query(session)).toEqual([{ ssl: false, app: 'careline-desk' }]);
  });
});

describe('logins', () => {
  it('lets a role log in with its password and refuses a wrong one without echoing it', async () => {
    const agent = await cluster.createLoginRole('agent_1001', 'Correct-horse-1');
    expect(await (await open(agent)).query('select current_user as who')).toEqual([{ who: 'agent_1001' }]);
    const failure = await (await open({ ...agent, password: 'Wrong-horse-2' })).query('select 1').catch((error: Error) => error);
    expect(String(failure)).toMatch(/password authentication failed for user "agent_1001"/);
    expect(JSON.stringify(failure, Object.getOwnPropertyNames(failure))).not.toContain('Wrong-horse-2');
  });
});

describe('transactions', () => {
  it('run every statement on one connection, and refuse use after they ended', async () => {
    const db = await open(app);
    let leaked: { query(sql: string): Promise<unknown> } | undefined;
    const seen = await db.transaction(async (tx) => {
      leaked = tx;
      await tx.query(`set local application_name = 'inside'`);
      const [first] = await tx.query<{ pid: number; app: string }>(`select pg_backend_pid() as pid, current_setting('application_name') as app`);
      const [second] = await tx.query<{ pid: number }>('select pg_backend_pid() as pid');
      return { first, second };
    });
    expect(seen.first?.app).toBe('inside');
    expect(seen.second?.pid).toBe(seen.first?.pid);
    await expect(leaked?.query('select 1')).rejects.toThrow('The transaction has ended.');
  });
});

describe('a server restart', () => {
  it('costs no query: the pool drops the connections the server closed and opens new ones', async () => {
    const warnings: string[] = [];
    const db = await open(app, { log: { info() {}, warn: (message) => warnings.push(message) } });
    await Promise.all([db.query('select pg_sleep(0.05)'), db.query('select pg_sleep(0.05)')]);
    await cluster.restart();
    expect(await db.query('select 1 as up')).toEqual([{ up: 1 }]);
    expect(warnings).toContain('database connection lost while idle');
  });
});

describe('openDeskDatabase on a shared server', () => {
  const settings = (overrides: Partial<DatabaseSettings> = {}): DatabaseSettings => ({
    kind: 'shared',
    host: cluster.host,
    port: cluster.port,
    name: 'careline_team',
    user: 'postgres',
    password: cluster.superuser.password,
    tls: 'verify-full',
    caFile: cluster.caFile ?? '',
    ...overrides,
  });

  it('migrates the team database and seeds no demo people into it, on first and later starts', async () => {
    await cluster.createDatabase('careline_team');
    for (let start = 1; start <= 2; start++) {
      const db = await openDeskDatabase('/nonexistent-data-dir', settings());
      opened.push(db);
      const [state] = await db.query<{ versions: number; citizens: number }>(
        'select (select count(*) from schema_migrations) as versions, (select count(*) from citizens) as citizens',
      );
      expect(state).toEqual({ versions: migrations.length, citizens: 0 });
    }
  });

  it('says which setting is missing instead of opening anything', async () => {
    await expect(openDeskDatabase('/nonexistent-data-dir', settings({ host: '', user: '' }))).rejects.toThrow(
      new DatabaseSettingsError('The shared database cannot be reached: set database.host and database.user in the settings.'),
    );
  });
});
