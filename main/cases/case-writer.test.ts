/** The case register's writes on the embedded engine: one transaction per write, once per client id. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewCase } from '../../shared/contract/cases.js';
import type { Database } from '../data/database.js';
import { migrate } from '../data/migrate.js';
import { migrations } from '../data/migrations/index.js';
import { createDirectWriter } from '../data/outbox/durable-writer.js';
import { openPgliteDatabase } from '../data/pglite-database.js';
import { CaseWriter } from './case-writer.js';
import { applyDeskWrite } from './desk-writes.js';
import { WriteRefusedError } from './write-refused.js';

let db: Database;
let cases: CaseWriter;
const savedAt = new Date('2025-03-04T09:15:00Z');
beforeAll(async () => {
  db = await openPgliteDatabase();
  await migrate(db, migrations);
  cases = new CaseWriter({ writer: createDirectWriter(db, applyDeskWrite), agent: () => '1001', now: () => savedAt });
}, 60_000);
afterAll(() => db.close());

const settledCase = (overrides: Partial<NewCase> = {}): NewCase => ({
  clientId: randomUUID(),
  caseTypeCode: 'home_care',
  caseClassCode: 'information_guidance',
  resolvedAtFirstContact: true,
  notes: 'Asked when the evening visit comes.',
  ...overrides,
});

const eventsOf = (caseId: string) =>
  db.query<{ kind: string; by_agent: string; status_from: string | null; status_to: string | null; note: string; at: Date }>(
    'select kind, by_agent, status_from, status_to, note, at from case_events where case_id = $1 order by id',
    [caseId],
  );

describe('CaseWriter on the embedded database', () => {
  it('registers a case with its "created" event, by the agent, at the time of saving', async () => {
    const input = settledCase({ callId: 'call-1@test' });
    const saved = await cases.saveCase(input);
    expect(saved).toEqual({ caseId: input.clientId, caseNumber: expect.any(Number), delivery: 'saved' });
    const [row] = await db.query<{ main_category_code: string; created_by: string; created_at: Date; status: string; notes: string }>(
      'select main_category_code, created_by, created_at, status, notes from cases where id = $1',
      [input.clientId],
    );
    expect(row).toEqual({ main_category_code: 'elderly_care', created_by: '1001', created_at: savedAt, status: 'open', notes: input.notes });
    expect(await eventsOf(input.clientId)).toEqual([
      { kind: 'created', by_agent: '1001', status_from: null, status_to: 'open', note: '', at: savedAt },
    ]);
  });

  it('saves a case once however often the same save arrives, and names the same case number', async () => {
    const input = settledCase();
    const first = await cases.saveCase(input);
    const again = await cases.saveCase(input);
    expect(again).toEqual(first);
    const [counts] = await db.query<{ cases: number; events: number }>(
      'select (select count(*)::int from cases where client_id = $1) as cases, (select count(*)::int from case_events where case_id = $1) as events',
      [input.clientId],
    );
    expect(counts).toEqual({ cases: 1, events: 1 });
  });

  it('writes no case when its event cannot be written: both are one transaction', async () => {
    await db.exec(`
      create function refuse_event() returns trigger language plpgsql as $$ begin raise exception 'no events today'; end $$;
      create trigger refuse_event before insert on case_events for each row execute function refuse_event();`);
    const input = settledCase();
    try {
      await expect(cases.saveCase(input)).rejects.toThrow(/no events today/);
    } finally {
      await db.exec('drop trigger refuse_event on case_events; drop function refuse_event();');
    }
    expect(await db.query('select id from cases where client_id = $1', [input.clientId])).toEqual([]);
  });

  it('refuses a case the seeds\' rule forbids, an unknown case type and an unknown district', async () => {
    await expect(cases.saveCase(settledCase({ resolvedAtFirstContact: false }))).rejects.toThrow(/feedback channel and a due date/);
    await expect(cases.saveCase(settledCase({ caseTypeCode: 'time_travel' }))).rejects.toBeInstanceOf(WriteRefusedError);
    await expect(cases.saveCase(settledCase({ districtId: randomUUID() }))).rejects.toMatchObject({ code: '23503' });
  });

  it('takes a case that needs a call back when it has a feedback channel and a due date', async () => {
    const input = settledCase({ resolvedAtFirstContact: false, feedbackChannelCode: 'phone', dueDate: '2025-03-07' });
    expect(await cases.saveCase(input)).toMatchObject({ delivery: 'saved' });
    const [row] = await db.query<{ due_date: Date }>('select due_date from cases where id = $1', [input.clientId]);
    expect(row?.due_date.toISOString()).toBe('2025-03-07T00:00:00.000Z');
  });

  it('adds information and changes the status as events, each once, with the status it had before', async () => {
    const { caseId } = await cases.saveCase(settledCase());
    const information = { clientId: randomUUID(), caseId, note: 'Daughter called: the visit came at 19:40.' };
    const closing = { clientId: randomUUID(), caseId, status: 'closed' as const, note: 'Settled with the provider.' };
    for (let i = 0; i < 2; i++) {
      expect(await cases.addCaseInformation(information)).toEqual({ delivery: 'saved' });
      expect(await cases.changeCaseStatus(closing)).toEqual({ delivery: 'saved' });
    }
    expect((await eventsOf(caseId)).map(({ kind, status_from, status_to, note }) => [kind, status_from, status_to, note])).toEqual([
      ['created', null, 'open', ''],
      ['information_added', null, null, information.note],
      ['status_changed', 'open', 'closed', closing.note],
    ]);
    const [row] = await db.query<{ status: string }>('select status from cases where id = $1', [caseId]);
    expect(row?.status).toBe('closed');
  });

  it('refuses information for a case that does not exist', async () => {
    await expect(cases.addCaseInformation({ clientId: randomUUID(), caseId: randomUUID(), note: 'x' })).rejects.toMatchObject({
      code: '23503',
    });
  });
});
