// The people and the data the privacy tests work with: a role per person (on PGlite the embedded
// desk's one superuser session switching to the group role; on PostgreSQL a login role per person,
// as IT sets a team server up), and one ordinary and one protected citizen as the importer leaves them.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database, Queryable, SqlParam, SqlRow } from '../../main/data/database.js';
import { connectionConfig, openPostgresDatabase, type PostgresConfig } from '../../main/data/postgres-database.js';
import { postgres, type DatabaseEngine } from '../fixtures/database/engines.js';

export type Role = 'agent' | 'colleague' | 'lead' | 'admin' | 'importer';
const groupOf: Record<Role, string> = {
  agent: 'careline_agent',
  colleague: 'careline_agent',
  lead: 'careline_lead',
  admin: 'careline_admin',
  importer: 'careline_importer',
};

export interface Actors {
  /** One statement in a transaction of its own. */
  query<Row extends object = SqlRow>(role: Role, sql: string, params?: readonly SqlParam[]): Promise<Row[]>;
  /** `work` inside one explicit transaction (BEGIN … COMMIT, ROLLBACK if it throws). */
  transaction<T>(role: Role, work: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * `sql` as one simple-protocol message, as any SQL client may send it: several statements run in
   * one implicit transaction. Resolves to the last statement's rows on PostgreSQL; the embedded
   * engine's exec returns none.
   */
  simpleQuery(role: Role, sql: string): Promise<SqlRow[] | undefined>;
  /** Whom the audit must name when `role` looks up and the desk states `stated`. */
  auditedName(role: Role, stated: string): string;
  close(): Promise<void>;
}

/** What a desk signed in as `role` sends: each statement a transaction of its own, no exec. */
export function actingAs(actors: Actors, role: Role): Queryable {
  return { query: (sql, params) => actors.query(role, sql, params), exec: () => Promise.reject(new Error(`${role} sends no exec in these tests`)) };
}

/** The embedded desk: one superuser session; each statement runs under the role's group. */
function switchingActors(owner: Database): Actors {
  const transaction = <T>(role: Role, work: (tx: Queryable) => Promise<T>) =>
    owner.transaction(async (tx) => {
      await tx.exec(`set local role ${groupOf[role]}`);
      return work(tx);
    });
  return {
    query: (role, sql, params) => transaction(role, (tx) => tx.query(sql, params)),
    transaction,
    // SET LOCAL holds to the end of the implicit transaction the whole message runs in.
    simpleQuery: async (role, sql) => void (await owner.exec(`set local role ${groupOf[role]}; ${sql}`)),
    auditedName: (_role, stated) => stated,
    close: async () => {},
  };
}

/** A team server: a login role per person, each in its group, each with its own connection. */
async function loginActors(owner: Database): Promise<Actors> {
  const suffix = randomBytes(3).toString('hex');
  const logins: Record<Role, string> = {
    agent: `anna.berg-${suffix}`,
    colleague: `bo.lund-${suffix}`,
    lead: `lena.ek-${suffix}`,
    admin: `ali.admin-${suffix}`,
    importer: `import-job-${suffix}`,
  };
  const [current] = await owner.query<{ name: string }>('select current_database() as name');
  const superuser = await postgres.superuser();
  const sessions = new Map<Role, Database>();
  const configs = new Map<Role, PostgresConfig>();
  for (const role of Object.keys(logins) as Role[]) {
    const password = randomBytes(12).toString('hex');
    await ddl(owner, 'create role %I login password %L in role %I', logins[role], password, groupOf[role]);
    configs.set(role, { ...superuser, database: current!.name, user: logins[role], password });
    sessions.set(role, await openPostgresDatabase(configs.get(role)!, { poolSize: 1 }));
  }
  return {
    query: (role, sql, params) => sessions.get(role)!.query(sql, params),
    transaction: (role, work) => sessions.get(role)!.transaction(work),
    async simpleQuery(role, sql) {
      // The desk's Database always uses the extended protocol; a query without values on a plain client does not.
      const client = new pg.Client(connectionConfig(configs.get(role)!));
      await client.connect();
      try {
        const results: pg.QueryResult | pg.QueryResult[] = await client.query(sql);
        return (Array.isArray(results) ? results.at(-1)! : results).rows;
      } finally {
        await client.end();
      }
    },
    auditedName: (role) => logins[role],
    async close() {
      await Promise.all([...sessions.values()].map((db) => db.close()));
      for (const login of Object.values(logins)) await ddl(owner, 'drop role %I', login);
    },
  };
}

/** DDL takes no parameters: format() quotes them (%I a name, %L a literal). */
async function ddl(db: Database, template: string, ...args: string[]): Promise<void> {
  const placeholders = args.map((_, index) => `$${index + 2}::text`).join(', ');
  const [row] = await db.query<{ sql: string }>(`select format($1::text, ${placeholders}) as sql`, [template, ...args]);
  await db.exec(row!.sql);
}

export const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const bromma = id(1);
const holm = id(2);
export const homeCare = id(3);
const dayCare = id(4);
export const margareta = id(5);
export const astrid = id(6);
export const openCase = id(7);
export const closedCase = id(8);
export const numbers = { margareta: '+46701740610', astrid: '+46701740611', shared: '+46846500413', son: '+46701740612' };

/** As the importer would leave it: one ordinary and one protected citizen, with what the summary shows. */
const fixture = `
  insert into districts (id, municipality, name, oncall_number) values ('${bromma}', 'Stockholm', 'Bromma', '+46846500410');
  insert into care_managers (id, district_id, given_name, family_name, phone) values ('${holm}', '${bromma}', 'Karin', 'Holm', '+46846500411');
  insert into providers (id, external_id, name, kind, district_id, phone) values
    ('${homeCare}', 'P-1', 'Bromma hemtjänst', 'home_care', '${bromma}', '+46846500412'),
    ('${dayCare}', 'P-2', 'Dagverksamheten Gläntan', 'day_activity', '${bromma}', null);
  insert into citizens (id, external_id, given_name, family_name, district_id, care_manager_id, protected_identity,
                        street_address, postal_code, city, lives_alone, hearing_impairment, mirrored_at) values
    ('${margareta}', 'T-1', 'Margareta', 'Lindqvist', '${bromma}', '${holm}', false, 'Exempelvägen 1', '16800', 'Bromma', true, true, '2025-01-02 03:04:05+00'),
    ('${astrid}', 'T-2', 'Astrid', 'Sjöberg', '${bromma}', null, true, 'Hemlig', '00000', 'Hemlig', false, false, now());
  insert into citizen_identity_numbers values ('${margareta}', '194003121234'), ('${astrid}', '193801011234');
  insert into phone_numbers values ('${numbers.margareta}', 'mobile'), ('${numbers.astrid}', 'mobile'), ('${numbers.shared}', 'landline'), ('${numbers.son}', 'mobile');
  insert into citizen_phone_numbers values ('${numbers.margareta}', '${margareta}'), ('${numbers.astrid}', '${astrid}'),
    ('${numbers.shared}', '${margareta}'), ('${numbers.shared}', '${astrid}');
  insert into relatives (id, external_id, citizen_id, given_name, family_name, relation, is_next_of_kin) values
    ('${id(9)}', 'R-1', '${margareta}', 'Erik', 'Lindqvist', 'child', true);
  insert into relative_phone_numbers values ('${numbers.son}', '${id(9)}');
  insert into decisions (external_id, citizen_id, decision_type, scope, hours_per_month, valid_from, valid_to, provider_id) values
    ('X-1', '${margareta}', 'home_care', 'Hemtjänst 20,5 h/mån', 20.5, '2020-01-01', null, '${homeCare}'),
    ('X-2', '${margareta}', 'day_activity', 'Dagverksamhet', null, '2019-01-01', '2019-12-31', '${dayCare}');
  insert into fee_bases values ('${margareta}', 1234.50, 'SEK', false, '2025-01-01');
  insert into invoices (invoice_number, citizen_id, period_start, period_end, amount, due_date, ocr_reference, paid, paid_on) values
    ('INV-old-unpaid', '${margareta}', '2020-01-01', '2020-01-31', 300.00, '2020-02-28', '1001', false, null),
    ('INV-old-paid', '${margareta}', '2020-02-01', '2020-02-29', 300.00, '2020-03-31', '1002', true, '2020-03-30'),
    ('INV-recent', '${margareta}', current_date - 40, current_date - 10, 1234.50, current_date - 5, '1003', true, current_date - 6);
  insert into agents (sip_user, display_name) values ('1001', 'Desk 1001');
  insert into cases (id, main_category_code, case_type_code, case_class_code, resolved_at_first_contact, status, created_by, client_id) values
    ('${openCase}', 'elderly_care', 'invoice_question', 'information_guidance', true, 'open', 'seed', '${id(10)}'),
    ('${closedCase}', 'elderly_care', 'home_care', 'complaint_provider', true, 'closed', 'seed', '${id(11)}');
  insert into audit_log (actor, action, subject_type, subject_id, reason) values ('seed', 'export', 'citizen', '${margareta}', 'test');
`;

/** A migrated database of `engine` holding the fixture, and the people who work with it. */
export async function privacySetup(engine: DatabaseEngine): Promise<{ owner: Database; actors: Actors }> {
  const owner = await engine.migratedDatabase();
  await owner.exec(fixture);
  return { owner, actors: engine.name === 'postgres' ? await loginActors(owner) : switchingActors(owner) };
}

/** What a caller look-up shows of Margareta, by her own number (with `noRelative`) or through her son's. */
export const margaretaRow = {
  citizen_id: margareta, given_name: 'Margareta', family_name: 'Lindqvist', district: 'Bromma',
  care_manager_given_name: 'Karin', care_manager_family_name: 'Holm', care_manager_phone: '+46846500411',
};
export const noRelative = { relative_given_name: null, relative_family_name: null, relation: null, next_of_kin: null };
/** The one row a caller look-up shows when anyone it found has a protected identity. */
export const marker = { match: 'protected', ...Object.fromEntries(Object.keys({ ...margaretaRow, ...noRelative }).map((key) => [key, null])) };

/** The two steps of migration 7, each a statement the desk sends on its own. */
export const steps = {
  beginCaller: 'select careline_begin_caller_lookup($1, $2, $3, $4) as id',
  readCaller: 'select * from careline_read_caller_lookup($1, $2)',
  beginSummary: 'select careline_begin_summary_lookup($1, $2, $3, $4) as id',
  readSummary: 'select careline_read_summary_lookup($1, $2) as summary',
};

/** As the desk looks a caller up: begin (committed on its own), then read; `stated` is the desk's SIP user. */
export async function lookUpCaller(actors: Actors, role: Role, e164: string, callId: string | null, purpose: string, stated: string | null): Promise<SqlRow[]> {
  const [begun] = await actors.query<{ id: string }>(role, steps.beginCaller, [e164, callId, purpose, stated]);
  return actors.query(role, steps.readCaller, [begun!.id, stated]);
}

/** One citizen's summary the same way: the JSON, or null for an unknown id. */
export async function readSummary(actors: Actors, role: Role, citizenId: string, callId: string, purpose: string, stated: string | null): Promise<unknown> {
  const [begun] = await actors.query<{ id: string }>(role, steps.beginSummary, [citizenId, callId, purpose, stated]);
  const [row] = await actors.query<{ summary: unknown }>(role, steps.readSummary, [begun!.id, stated]);
  return row?.summary;
}
