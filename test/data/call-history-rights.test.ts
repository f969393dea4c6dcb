// The call history as an agent's role on a team server reads and writes it: a ring-all call offered
// to two desks leaves one row, the agent's recent calls come back without numbers (which an agent
// may not read), and a desk whose SIP user has no agent row is refused by the key, not crashed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCallHistory } from '../../main/calls/call-history-sql.js';
import { insertCallRecord, updateCallRecordRow } from '../../main/calls/call-record-sql.js';
import type { Database } from '../../main/data/database.js';
import { engines, type DatabaseEngine } from '../fixtures/database/engines.js';
import { id, numbers, privacySetup, type Actors } from './privacy-fixture.js';

afterAll(() => Promise.all(engines.map((engine) => engine.close())));

describe.each(engines)('$name', (engine: DatabaseEngine) => {
  let owner: Database;
  let actors: Actors;
  let agent: Database;

  beforeAll(async () => {
    ({ owner, actors } = await privacySetup(engine));
    agent = { query: (sql: string, params?: never[]) => actors.query('agent', sql, params) } as unknown as Database;
  });
  afterAll(() => actors.close());

  it('keeps one row for a call two desks were offered, and reads it back as the agent who answered', async () => {
    // Tried as the agent: two offers of one call id (two desks), the answer and end from one of them, then the history.
    const offer = (clientId: string) =>
      insertCallRecord(agent, { clientId, callId: 'hist-1', direction: 'inbound', dialled: '600', callerNumber: numbers.margareta, offeredAt: 1_700_000_000_000 });
    await offer(id(40));
    await offer(id(41));
    await updateCallRecordRow(agent, { clientId: id(42), callId: 'hist-1', answeredAt: 1_700_000_005_000, answeredBy: '1001' });
    await updateCallRecordRow(agent, { clientId: id(43), callId: 'hist-1', endedAt: 1_700_000_065_000, outcome: 'answered' });
    expect(await owner.query(`select count(*)::int as n from call_records where call_id = 'hist-1'`)).toEqual([{ n: 1 }]);

    const rows = await readCallHistory(agent, { agent: '1001', callIds: [], limit: 10, numbers: false });
    expect(rows).toEqual([
      {
        call_id: 'hist-1',
        direction: 'inbound',
        offered_at: new Date(1_700_000_000_000),
        answered_at: new Date(1_700_000_005_000),
        ended_at: new Date(1_700_000_065_000),
        outcome: 'answered',
      },
    ]);
    await expect(readCallHistory(agent, { agent: '1001', callIds: [], limit: 10, numbers: true })).rejects.toThrow(/permission denied for table call_records/);
  });

  it('finds a call that rang unanswered at this desk by its call id', async () => {
    await insertCallRecord(agent, { clientId: id(44), callId: 'hist-2', direction: 'inbound', dialled: '600', offeredAt: 1_700_000_100_000 });
    await updateCallRecordRow(agent, { clientId: id(45), callId: 'hist-2', endedAt: 1_700_000_120_000, outcome: 'missed' });
    const rows = await readCallHistory(agent, { agent: '1001', callIds: ['hist-2'], limit: 10, numbers: false });
    expect(rows.map((row) => [row.call_id, row.outcome])).toEqual([
      ['hist-2', 'missed'],
      ['hist-1', 'answered'],
    ]);
  });

  it.each([
    ['before', 'hist-3', 50],
    ['after', 'hist-4', 60],
  ])("keeps a colleague's answer when the desk where the call only rang writes 'missed' %s it", async (order, callId, base) => {
    // Tried as the agent: one ring-all call; desk B stops ringing (answered at desk A) and writes
    // "missed" with its end time, before or after desk A's answer lands; then A's call ends.
    await insertCallRecord(agent, { clientId: id(base), callId, direction: 'inbound', dialled: '600', offeredAt: 1_700_000_200_000 });
    const missedAtB = () => updateCallRecordRow(agent, { clientId: id(base + 1), callId, endedAt: 1_700_000_203_000, outcome: 'missed' });
    const answeredAtA = () => updateCallRecordRow(agent, { clientId: id(base + 2), callId, answeredAt: 1_700_000_202_900, answeredBy: '1001' });
    if (order === 'before') await missedAtB();
    await answeredAtA();
    if (order === 'after') await missedAtB();
    const during = await owner.query<{ outcome: string; ended_at: Date | null }>('select outcome, ended_at from call_records where call_id = $1', [callId]);
    expect(during).toEqual([{ outcome: 'in_progress', ended_at: null }]);
    await updateCallRecordRow(agent, { clientId: id(base + 3), callId, endedAt: 1_700_000_260_000, outcome: 'answered' });
    const after = await owner.query('select outcome, answered_by, ended_at from call_records where call_id = $1', [callId]);
    expect(after).toEqual([{ outcome: 'answered', answered_by: '1001', ended_at: new Date(1_700_000_260_000) }]);
  });

  it('refuses an answer by a SIP user with no agent row with the foreign-key state', async () => {
    await expect(updateCallRecordRow(agent, { clientId: id(46), callId: 'hist-2', answeredAt: 1_700_000_110_000, answeredBy: '4242' })).rejects.toMatchObject({ code: '23503' });
  });
});
