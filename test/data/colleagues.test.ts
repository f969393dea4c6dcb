// Colleagues by language on both engines, read with an agent's rights: careline_colleagues() gives
// each active agent's profile and latest state, though the agent may not read the state log itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listColleagues } from '../../main/colleagues/colleague-sql.js';
import type { Database, Queryable } from '../../main/data/database.js';
import { engines, type DatabaseEngine } from '../fixtures/database/engines.js';
import { actingAs, privacySetup, type Actors } from './privacy-fixture.js';

afterAll(() => Promise.all(engines.map((engine) => engine.close())));

const staff = `
  update agents set languages = '{sv,en}' where sip_user = '1001';
  insert into agents (sip_user, display_name, level, languages, active) values
    ('1002', 'Leila Haddad', 1, '{sv,ar}', true),
    ('1003', 'Omar Farah', 2, '{sv,so,ar}', true),
    ('1004', 'Pirjo Virtanen', 1, '{sv,fi}', true),
    ('1005', 'Gone Agent', 1, '{sv,ar}', false);
  insert into agent_state_log (sip_user, state, reason, at) values
    ('1002', 'not_ready', 'break', now() - interval '1 hour'),
    ('1002', 'ready', '', now() - interval '5 minutes'),
    ('1003', 'ready', '', now() - interval '2 hours'),
    ('1003', 'not_ready', 'lunch', now() - interval '10 minutes');
`;

describe.each(engines)('$name', (engine: DatabaseEngine) => {
  let owner: Database;
  let actors: Actors;
  let asAgent: Queryable;

  beforeAll(async () => {
    ({ owner, actors } = await privacySetup(engine));
    asAgent = actingAs(actors, 'agent');
    await owner.exec(staff);
  });
  afterAll(() => actors.close());

  it('gives an agent every active colleague with their latest state, Ready first, and not themselves', async () => {
    const colleagues = await listColleagues(asAgent, '1001');
    expect(colleagues.map((c) => [c.sipUser, c.state, c.level, c.languages])).toEqual([
      ['1002', 'ready', 1, ['sv', 'ar']],
      ['1003', 'notReady', 2, ['sv', 'so', 'ar']],
      ['1004', 'offline', 1, ['sv', 'fi']],
    ]);
    expect(colleagues[0]!.since).toBeGreaterThan(Date.now() - 6 * 60_000);
    expect(colleagues[2]!.since).toBeUndefined();
  });

  it('shows the state, never the reason or the history, and the log stays closed to agents', async () => {
    const rows = await asAgent.query('select * from careline_colleagues()');
    expect(Object.keys(rows[0]!).sort()).toEqual(['display_name', 'languages', 'level', 'since', 'sip_user', 'state']);
    expect(rows.filter((row) => (row as { sip_user: string }).sip_user === '1003')).toHaveLength(1);
    await expect(asAgent.query('select * from agent_state_log')).rejects.toThrow(/permission denied for table agent_state_log/);
  });
});
