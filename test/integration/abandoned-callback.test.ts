/**
 * An abandoned call becomes exactly one team callback: three desks in a ring-all hunt group on a
 * real Kamailio, each logged in to one shared PostgreSQL server as its own agent login, all see a
 * known citizen's call ring and the caller hang up; each registers the callback, the register keeps
 * one case (client id from the call's id), due the next working day, for the team's group.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Call } from '../../shared/contract/phone.js';
import { feedbackDueDate } from '../../main/cases/feedback-due.js';
import type { Database } from '../../main/data/database.js';
import { migrate } from '../../main/data/migrate.js';
import { migrations } from '../../main/data/migrations/index.js';
import { openPostgresDatabase, type PostgresConfig } from '../../main/data/postgres-database.js';
import { startPbx, type Pbx } from '../fixtures/pbx/pbx.js';
import { startPostgresCluster, type PostgresCluster } from '../fixtures/postgres/cluster.js';
import { createNodePhone, type NodePhone } from '../fixtures/sip/node-phone.js';
import { startCoreUnderTest, type CoreUnderTest } from './harness/core-under-test.js';

const sipUsers = ['1001', '1002', '1003'] as const;
const users = { '1001': 'pw-1001', '1002': 'pw-1002', '1003': 'pw-1003', 'pstn-gateway': 'pw-gateway' };
const office = { region: 'SE', timeZone: 'Europe/Stockholm', closesAt: '16:00' } as const;

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [district, citizen, lineGroup, team] = [id(301), id(302), id(303), id(304)];
const citizenNumber = '+46701740677';
const strangerNumber = '+46701740678';
/** As the importer and IT leave a team server: one citizen on one number, a team working one line. */
const register = `
  insert into districts (id, municipality, name, oncall_number) values ('${district}', 'Stockholm', 'Bromma', '+46846500410');
  insert into citizens (id, external_id, given_name, family_name, district_id) values ('${citizen}', 'T-301', 'Greta', 'Provsson', '${district}');
  insert into phone_numbers values ('${citizenNumber}', 'mobile');
  insert into citizen_phone_numbers values ('${citizenNumber}', '${citizen}');
  insert into handler_groups (id, name, kind) values ('${lineGroup}', 'Äldre direkt, nivå 1', 'contact_centre');
  insert into teams (id, name, handler_group_id) values ('${team}', 'Team Norr', '${lineGroup}');
  insert into agents (sip_user, display_name, team_id) values ${sipUsers.map((u) => `('${u}', 'Desk ${u}', '${team}')`).join(', ')};
`;

let cluster: PostgresCluster;
let owner: Database;
let pbx: Pbx;
let gateway: NodePhone;
let desks: CoreUnderTest[] = [];

beforeAll(async () => {
  cluster = await startPostgresCluster();
  const server = await cluster.createDatabase('careline_team');
  owner = await openPostgresDatabase(server, { poolSize: 1 });
  await migrate(owner, migrations);
  await owner.exec(register);
  const logins = await Promise.all(sipUsers.map((user) => agentLogin(server, user)));
  pbx = await startPbx({ users, huntGroups: { '600': [...sipUsers] }, trunkUser: 'pstn-gateway' });
  desks = await Promise.all(
    sipUsers.map((user, n) =>
      startCoreUnderTest({
        sip: { server: pbx.wsUrl, user, password: users[user] },
        agent: { wrapUpSeconds: 0, ringTimeoutSeconds: 30 },
        database: { kind: 'shared', host: logins[n]!.host, port: logins[n]!.port, name: logins[n]!.database, user: logins[n]!.user, password: logins[n]!.password, tls: 'off' },
        office,
      }),
    ),
  );
  await Promise.all(desks.map((d) => d.waitFor('phone.registrationChanged', (s) => s.state === 'registered', 15_000)));
  gateway = await createNodePhone({ wsUrl: pbx.wsUrl, user: 'pstn-gateway', password: users['pstn-gateway'] });
}, 60_000);

afterAll(async () => {
  await gateway?.stop();
  for (const d of desks) await d.stop();
  await pbx?.stop();
  await owner?.close();
  await cluster?.stop();
});

/** A login of its own for each desk, in the agents' group, as IT sets a team server up. */
async function agentLogin(server: PostgresConfig, user: string): Promise<PostgresConfig> {
  const login = await cluster.createLoginRole(`desk-${user}`, `pw-desk-${user}`);
  await owner.exec(`grant careline_agent to "desk-${user}"`);
  return { ...login, database: server.database };
}

/** Rings all three desks from `e164`, then the caller gives up; resolves with the call as each desk ended it. */
async function callAndGiveUp(e164: string): Promise<Call[]> {
  const caller = gateway.call('600', { assertedIdentity: e164 });
  const ringing = await Promise.all(desks.map((d) => d.waitFor('phone.callChanged', (c) => c.caller.e164 === e164 && c.state === 'ringing', 8_000)));
  expect(new Set(ringing.map((c) => c.callId)).size).toBe(1);
  await Promise.all(desks.map((d) => d.waitFor('screenpop.callerIdentified', (p) => p.callId === ringing[0]!.callId, 8_000)));
  await caller.hangUp();
  return Promise.all(desks.map((d) => d.callChange(ringing[0]!.callId, (c) => c.state === 'ended', 8_000)));
}

const casesOfCall = (callId: string) =>
  owner.query<{ case_type_code: string; status: string; handler_group_id: string | null; handler_agent: string | null; citizen_id: string | null;
    due_date: string; feedback_channel_code: string; feedback_contact: string; caller_number: string; resolved_at_first_contact: boolean; created_by: string; events: number }>(
    `select case_type_code, status, handler_group_id, handler_agent, citizen_id, due_date::text as due_date, feedback_channel_code,
            feedback_contact, caller_number, resolved_at_first_contact, created_by,
            (select count(*)::int from case_events e where e.case_id = c.id) as events
       from cases c where call_id = $1`,
    [callId],
  );

describe('callers giving up while three desks ring', () => {
  let strangerCall: string;

  it('leaves no callback for a number the register does not know', async () => {
    const ended = await callAndGiveUp(strangerNumber);
    expect(ended.map((c) => c.endReason)).toEqual(['callerGaveUp', 'callerGaveUp', 'callerGaveUp']);
    strangerCall = ended[0]!.callId;
  });

  it('leaves exactly one open team callback, due the next working day, tied to the citizen', async () => {
    const ended = await callAndGiveUp(citizenNumber);
    expect(ended.map((c) => c.endReason)).toEqual(['callerGaveUp', 'callerGaveUp', 'callerGaveUp']);
    const { callId, endedAt } = ended[0]!;
    await vi.waitFor(async () => expect(await casesOfCall(callId)).toHaveLength(1), { timeout: 10_000, interval: 100 });
    // Every desk has written (or tried to) once it stops: still one case, with one 'created' event.
    await Promise.all(desks.map((d) => d.core.stop()));
    const [callback, ...more] = await casesOfCall(callId);
    expect(more).toEqual([]);
    expect(callback).toEqual({
      case_type_code: 'abandoned_call',
      status: 'open',
      handler_group_id: lineGroup,
      handler_agent: null,
      citizen_id: citizen,
      due_date: feedbackDueDate(new Date(endedAt!), office),
      feedback_channel_code: 'phone',
      feedback_contact: citizenNumber,
      caller_number: citizenNumber,
      resolved_at_first_contact: false,
      created_by: expect.stringMatching(/^100[123]$/),
      events: 1,
    });
    expect(await casesOfCall(strangerCall)).toEqual([]);
    expect(await owner.query('select count(*)::int as n from cases')).toEqual([{ n: 1 }]);
    for (const d of desks) expect(d.logLines.filter((line) => line.includes('abandoned call'))).toEqual([]);
  });
});
