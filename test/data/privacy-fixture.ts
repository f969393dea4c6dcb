// The people and the data the privacy tests work with: a role per person (on PGlite the embedded
// desk's one superuser session switching to the group role; on PostgreSQL a login role per person,
// as IT sets a team server up), and one ordinary and one protected citizen as the importer leaves them.
import { randomBytes } from 'node:crypto';
import type { Database, SqlParam, SqlRow } from '../../main/data/database.js';
import { openPostgresDatabase } from '../../main/data/postgres-database.js';
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
  query<Row extends object = SqlRow>(role: Role, sql: string, params?: readonly SqlParam[]): Promise<Row[]>;
  /** Whom the audit must name when `role` looks up and the desk states `stated`. */
  auditedName(role: Role, stated: string): string;
  close(): Promise<void>;
}

/** The embedded desk: one superuser session; each statement runs under the role's group. */
function switchingActors(owner: Database): Actors {
  return {
    query: (role, sql, params) =>
      owner.transaction(async (tx) => {
        await tx.exec(`set local role ${groupOf[role]}`);
        return tx.query(sql, params);
      }),
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
  for (const role of Object.keys(logins) as Role[]) {
    const password = randomBytes(12).toString('hex');
    await ddl(owner, 'create role %I login password %L in role %I', logins[role], password, groupOf[role]);
    sessions.set(role, await openPostgresDatabase({ ...superuser, database: current!.name, user: logins[role], password }, { poolSize: 1 }));
  }
  return {
    query: (role, sql, params) => sessions.get(role)!.query(sql, params),
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

/** The mirror and the audit: no agent reads these except through the look-up functions. */

/** A migrated database of `engine` holding the fixture, and the people who work with it. */
export async function privacySetup(engine: DatabaseEngine): Promise<{ owner: Database; actors: Actors }> {
  const owner = await engine.migratedDatabase();
  await owner.exec(fixture);
  return { owner, actors: engine.name === 'postgres' ? await loginActors(owner) : switchingActors(owner) };
}
