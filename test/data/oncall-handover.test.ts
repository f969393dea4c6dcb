// Migration 8 on both engines, with the roles themselves: an agent reads a district's on-call
// numbers only for a citizen their own look-up for that call found, a shift's own mobile comes
// first, and a transfer attempt replayed from the outbox is stored once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../main/data/database.js';
import { insertTransferAttempt } from '../../main/calls/transfer-attempt-sql.js';
import { engines, type DatabaseEngine } from '../fixtures/database/engines.js';
import { bromma, id, margareta, numbers, privacySetup, type Actors } from './privacy-fixture.js';

afterAll(() => Promise.all(engines.map((engine) => engine.close())));

const oncall = '+46846500410';
const deputy = '+46846500414';
const shiftMobile = '+46701740699';

describe.each(engines)('$name', (engine: DatabaseEngine) => {
  let owner: Database;
  let actors: Actors;

  beforeAll(async () => {
    ({ owner, actors } = await privacySetup(engine));
    await owner.query('update districts set oncall_deputy_number = $1 where id = $2', [deputy, bromma]);
  });
  afterAll(() => actors.close());

  const lookUp = (callId: string, stated = '1001') =>
    actors.query('agent', `select careline_begin_caller_lookup($1, $2, 'screen-pop', $3) as id`, [numbers.margareta, callId, stated]);
  const route = (role: 'agent' | 'colleague', callId: string, citizenId = margareta, stated = '1001') =>
    actors.query(role, 'select * from careline_call_oncall($1, $2, $3)', [callId, citizenId, stated]);

  it("gives the on-call and deputy numbers of the citizen's district, and nothing else, after the agent's look-up for the call", async () => {
    // Tried as the agent: look Margareta up for call oc-1, then ask for her district's on-call route for that call.
    await lookUp('oc-1');
    expect(await route('agent', 'oc-1')).toEqual([{ district: 'Bromma', oncall_number: oncall, deputy_number: deputy }]);
  });

  it('refuses a citizen the look-up for that call did not find, another call, and another agent', async () => {
    // Tried: the route for a call never looked up, for a citizen not on that look-up (a made-up id), and (on
    // PostgreSQL) by a colleague's login, or (embedded) a colleague stating another SIP user, for the agent's call.
    await lookUp('oc-2');
    await expect(route('agent', 'never-looked-up')).rejects.toThrow(/no look-up of this citizen/);
    await expect(route('agent', 'oc-2', id(99))).rejects.toThrow(/no look-up of this citizen/);
    await expect(route('colleague', 'oc-2', margareta, '1002')).rejects.toThrow(/no look-up of this citizen/);
  });

  it("tries a current shift's own mobile first, and the district's number outside the shift", async () => {
    // Tried: a shift running now with its own phone, then the same shift moved to yesterday.
    await owner.query(
      `insert into oncall_shifts (external_id, district_id, starts_at, ends_at, phone) values ('S-1', $1, now() - interval '1 hour', now() + interval '1 hour', $2)`,
      [bromma, shiftMobile],
    );
    await lookUp('oc-3');
    expect(await route('agent', 'oc-3')).toEqual([{ district: 'Bromma', oncall_number: shiftMobile, deputy_number: deputy }]);
    await owner.query(`update oncall_shifts set starts_at = now() - interval '1 day', ends_at = now() - interval '20 hours' where external_id = 'S-1'`);
    expect(await route('agent', 'oc-3')).toEqual([{ district: 'Bromma', oncall_number: oncall, deputy_number: deputy }]);
  });

  it('stores a transfer attempt once however often it is replayed, readable by a lead but not by the agent', async () => {
    // Tried as the agent: a call record, then the same attempt written twice (an outbox replay); read back as the lead and the agent.
    await actors.query('agent', `insert into call_records (id, call_id, direction, offered_at, client_id) values ($1, 'oc-call', 'inbound', now(), $1)`, [id(20)]);
    const asAgent = { query: (sql: string, params?: readonly unknown[]) => actors.query('agent', sql, params as never) } as unknown as Database;
    const attempt = {
      clientId: id(21), callId: 'oc-call', kind: 'urgentOncall' as const, targetNumber: deputy, targetLabel: 'Bromma on-call deputy',
      attemptedAt: Date.now() - 3000, answeredAt: Date.now() - 1000, acceptedBy: deputy, outcome: 'accepted' as const,
    };
    await insertTransferAttempt(asAgent, attempt);
    await insertTransferAttempt(asAgent, attempt);
    expect(await actors.query('lead', `select t.kind, t.target_number, t.accepted_by, t.outcome from call_transfers t join call_records r on r.id = t.call_record_id where r.call_id = 'oc-call'`)).toEqual([
      { kind: 'urgent_oncall', target_number: deputy, accepted_by: deputy, outcome: 'accepted' },
    ]);
    await expect(actors.query('agent', 'select * from call_transfers')).rejects.toThrow(/permission denied for table call_transfers/);
  });
});
