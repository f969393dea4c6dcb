// The callbacks list on both engines, read with an agent's rights (a login role on PostgreSQL): open
// cases due today or overdue, the agent's own and their team's group's, overdue first; not tomorrow's,
// not a closed one, not another team's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCallbacks, teamGroupOf } from '../../main/callbacks/callback-sql.js';
import { officeToday } from '../../main/callbacks/office-day.js';
import type { Database, Queryable } from '../../main/data/database.js';
import { engines, type DatabaseEngine } from '../fixtures/database/engines.js';
import { actingAs, id, privacySetup, type Actors } from './privacy-fixture.js';

afterAll(() => Promise.all(engines.map((engine) => engine.close())));

const lineGroup = id(201);
const otherLine = id(202);
const norr = id(203);
const aarhus = id(204);
const today = officeToday(new Date(), 'Europe/Stockholm');

const teamSetup = `
  insert into handler_groups (id, name, kind) values ('${lineGroup}', 'Äldre direkt, nivå 1', 'contact_centre'), ('${otherLine}', 'Omsorgslinjen', 'contact_centre');
  insert into teams (id, name, handler_group_id) values ('${norr}', 'Team Norr', '${lineGroup}'), ('${aarhus}', 'Team Aarhus', '${otherLine}');
  update agents set team_id = '${norr}' where sip_user = '1001';
  insert into agents (sip_user, display_name, team_id) values ('1002', 'Desk 1002', '${norr}'), ('1027', 'Desk 1027', '${aarhus}');
`;

/** An open case not settled on the phone, due `days` from today, for `handler`. */
function dueCase(n: number, days: number, handler: { agent?: string; group?: string }, status = 'open'): string {
  return `insert into cases (id, main_category_code, case_type_code, case_class_code, resolved_at_first_contact, status,
                             feedback_channel_code, feedback_contact, due_date, caller_number, handler_agent, handler_group_id, created_by, client_id)
          values ('${id(n)}', 'elderly_care', 'home_care', 'status_inquiry', false, '${status}', 'phone', '070-174 06 ${n}',
                  '${today}'::date + ${days}, '+46701740699', ${handler.agent ? `'${handler.agent}'` : 'null'},
                  ${handler.group ? `'${handler.group}'` : 'null'}, 'seed', '${id(n + 100)}');`;
}

describe.each(engines)('$name', (engine: DatabaseEngine) => {
  let owner: Database;
  let actors: Actors;
  let asAgent: Queryable;

  beforeAll(async () => {
    ({ owner, actors } = await privacySetup(engine));
    asAgent = actingAs(actors, 'agent');
    await owner.exec(teamSetup);
    await owner.exec(
      [
        dueCase(21, 0, { group: lineGroup }),
        dueCase(22, -2, { agent: '1001' }),
        dueCase(23, 1, { group: lineGroup }),
        dueCase(24, 0, { group: otherLine }),
        dueCase(25, -1, { group: lineGroup }, 'closed'),
        dueCase(26, -1, { agent: '1002' }),
        dueCase(27, -5, { agent: '1002', group: lineGroup }),
      ].join('\n'),
    );
  });
  afterAll(() => actors.close());

  it("lists my and my team's open cases due today or overdue, overdue first, never tomorrow's", async () => {
    const callbacks = await listCallbacks(asAgent, '1001', today, 'SE');
    expect(callbacks.map((c) => [c.caseId, c.dueDate, c.mine])).toEqual([
      [id(27), addDays(today, -5), false],
      [id(22), addDays(today, -2), true],
      [id(21), today, false],
    ]);
    expect(callbacks[0]).toMatchObject({
      caseType: { code: 'home_care', name: { sv: 'Hemtjänst', da: 'Hjemmepleje', en: 'Home care' } },
      feedbackChannel: 'phone',
      callNumber: { e164: '+46701740627', display: '070-174 06 27' },
    });
  });

  it("shows another team's agent their own line's callbacks, not ours", async () => {
    expect((await listCallbacks(asAgent, '1027', today, 'SE')).map((c) => c.caseId)).toEqual([id(24)]);
    expect(await teamGroupOf(asAgent, '1027')).toBe(otherLine);
    expect(await teamGroupOf(asAgent, 'nobody')).toBeNull();
  });

  it('knows the abandoned-call type, which agents do not pick in the form', async () => {
    expect(await asAgent.query(`select code, active from case_types where code = 'abandoned_call'`)).toEqual([{ code: 'abandoned_call', active: false }]);
  });
});

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
