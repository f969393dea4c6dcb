// Live changes on both engines: a listener (on PostgreSQL a connection of its own) hears which row
// of which table changed once the change commits, nothing of a rolled-back change, and never the
// row's content.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { DataChange } from '../../shared/contract/data.js';
import { applyDeskWrite, type DeskWrite } from '../../main/cases/desk-writes.js';
import { silentLogger } from '../../main/core/logger.js';
import { LIVE_CHANGES_CHANNEL, subscribeLiveChanges } from '../../main/data/live/live-changes.js';
import { engines } from '../fixtures/database/engines.js';

afterAll(() => Promise.all(engines.map((engine) => engine.close())));

const at = '2025-03-04T09:15:00.000Z';
/** Fictional, and exactly what must never appear in a notification. */
const personal = { notes: 'Gunnel Testberg har fallit i hallen', callerNumber: '+46701740605', feedbackContact: 'gunnel@example.se' };

const saveCase = (clientId: string): DeskWrite => ({
  kind: 'saveCase',
  agent: 'agent_1001',
  at,
  input: {
    clientId,
    caseTypeCode: 'home_care',
    caseClassCode: 'complaint_provider',
    resolvedAtFirstContact: false,
    feedbackChannelCode: 'email',
    dueDate: '2025-03-07',
    ...personal,
  },
});

describe.each(engines)('live changes on $name', (engine) => {
  it('announces a committed case with its id only, and nothing for a rolled-back one', async () => {
    const db = await engine.migratedDatabase();
    const raw: string[] = [];
    const changes: DataChange[] = [];
    const unlisten = await db.listen(LIVE_CHANGES_CHANNEL, (payload) => raw.push(payload));
    const live = subscribeLiveChanges({ db, onChange: (change) => changes.push(change), log: silentLogger });
    await vi.waitFor(async () => {
      // Subscribed once a change made now is heard.
      const probe = randomUUID();
      await db.query("insert into broadcasts (id, message, sent_by) values ($1, 'Probe', 'lead')", [probe]);
      expect(changes.some((c) => c.id === probe)).toBe(true);
    });
    changes.length = 0;
    raw.length = 0;

    const rolledBack = randomUUID();
    await expect(
      db.transaction(async (tx) => {
        await tx.query(
          `insert into cases (id, client_id, main_category_code, case_type_code, case_class_code, resolved_at_first_contact, created_by)
           values ($1, $1, 'elderly_care', 'home_care', 'status_inquiry', true, 'agent_1001')`,
          [rolledBack],
        );
        throw new Error('the agent cancelled');
      }),
    ).rejects.toThrow('the agent cancelled');
    const committed = randomUUID();
    await applyDeskWrite(db, saveCase(committed));

    await vi.waitFor(() => expect(changes.filter((c) => c.table === 'case_events')).toHaveLength(1));
    expect(changes.filter((c) => c.table === 'cases')).toEqual([{ table: 'cases', op: 'INSERT', id: committed }]);
    expect(changes.find((c) => c.table === 'case_events')).toMatchObject({ op: 'INSERT', id: expect.stringMatching(/^\d+$/) });
    expect(changes.some((c) => c.id === rolledBack)).toBe(false);
    for (const payload of raw) {
      expect(Object.keys(JSON.parse(payload) as object).sort()).toEqual(['id', 'op', 'table']);
      for (const value of Object.values(personal)) expect(payload).not.toContain(value);
      expect(payload).not.toContain('agent_1001');
    }
    await live.stop();
    await unlisten();
  });

  it('announces updates and deletes, and changes to call records, agent states and broadcasts', async () => {
    const db = await engine.migratedDatabase();
    const changes: DataChange[] = [];
    const unlisten = await db.listen(LIVE_CHANGES_CHANNEL, (payload) => changes.push(JSON.parse(payload) as DataChange));
    const caseId = randomUUID();
    const callId = randomUUID();
    const broadcastId = randomUUID();
    await applyDeskWrite(db, saveCase(caseId));
    const closing = { clientId: randomUUID(), caseId, status: 'closed' as const };
    await applyDeskWrite(db, { kind: 'changeCaseStatus', agent: 'agent_1001', at, input: closing });
    await db.query("insert into agents (sip_user, display_name) values ('agent_1001', 'Agent 1001')");
    await applyDeskWrite(db, {
      kind: 'recordCall',
      input: {
        clientId: callId,
        callId: `${callId}@pbx`,
        direction: 'inbound',
        offeredAt: Date.parse(at),
        callerNumber: personal.callerNumber,
      },
    });
    await db.query("insert into agent_state_log (sip_user, state) values ('agent_1001', 'ready')");
    await db.query("insert into broadcasts (id, message, sent_by) values ($1, 'Telefonerna i Farsta ligger nere', 'lead')", [broadcastId]);
    await db.query('delete from broadcasts where id = $1', [broadcastId]);

    await vi.waitFor(() => expect(changes.some((c) => c.op === 'DELETE')).toBe(true));
    const summary = changes.map((c) => `${c.table} ${c.op}`);
    expect(summary).toEqual([
      'cases INSERT',
      'case_events INSERT',
      'case_events INSERT',
      'cases UPDATE',
      'call_records INSERT',
      'agent_state_log INSERT',
      'broadcasts INSERT',
      'broadcasts DELETE',
    ]);
    expect(changes.find((c) => c.table === 'cases' && c.op === 'UPDATE')?.id).toBe(caseId);
    expect(changes.find((c) => c.table === 'call_records')?.id).toBe(callId);
    expect(changes.filter((c) => c.table === 'broadcasts').map((c) => c.id)).toEqual([broadcastId, broadcastId]);
    await unlisten();
  });
});
