/**
 * The case register's writes as SQL, each in one transaction and each idempotent by client id:
 * applied a second time (a replay after a crash, a retried request) it changes nothing and
 * answers as the first time did. Times are the agent's, taken when they saved, not the replay's.
 */
import type { CaseInformation, CaseStatusChange, NewCase } from '../../shared/contract/cases.js';
import type { Database, Queryable } from '../data/database.js';
import { WriteRefusedError } from './write-refused.js';

/** Who wrote, and when (ISO 8601): part of every case write. */
export interface Authorship {
  agent: string;
  at: string;
}

export async function insertCase(db: Database, input: NewCase, { agent, at }: Authorship): Promise<{ caseNumber: number }> {
  return db.transaction(async (tx) => {
    const [type] = await tx.query<{ main_category_code: string }>(
      'select main_category_code from case_types where code = $1',
      [input.caseTypeCode],
    );
    if (!type) throw new WriteRefusedError('unknownCaseType');
    const status = input.status ?? 'open';
    // The case's id is its client id: whoever holds the client id can name the case before it is on the server.
    const [inserted] = await tx.query<{ case_number: number }>(
      `insert into cases (id, client_id, main_category_code, case_type_code, case_class_code, district_id, provider_id,
                          unit, handler_group_id, handler_agent, status, resolved_at_first_contact, feedback_channel_code,
                          feedback_contact, due_date, citizen_id, caller_number, call_id, notes, created_at, created_by, updated_at)
       values ($1, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::date, $15, $16, $17, $18, $19::timestamptz, $20, $19::timestamptz)
       on conflict (client_id) do nothing
       returning case_number`,
      [
        input.clientId,
        type.main_category_code,
        input.caseTypeCode,
        input.caseClassCode,
        input.districtId ?? null,
        input.providerId ?? null,
        input.unit ?? '',
        input.handlerGroupId ?? null,
        input.handlerAgent ?? null,
        status,
        input.resolvedAtFirstContact,
        input.feedbackChannelCode ?? null,
        input.feedbackContact ?? '',
        input.dueDate ?? null,
        input.citizenId ?? null,
        input.callerNumber ?? null,
        input.callId ?? null,
        input.notes ?? '',
        at,
        agent,
      ],
    );
    if (!inserted) return { caseNumber: await caseNumberOf(tx, input.clientId) };
    // The 'created' event shares the case's client id: another table, and written only with the case.
    await tx.query(
      `insert into case_events (case_id, kind, at, by_agent, status_to, call_id, client_id)
       values ($1, 'created', $2::timestamptz, $3, $4, $5, $1)`,
      [input.clientId, at, agent, status, input.callId ?? null],
    );
    return { caseNumber: inserted.case_number };
  });
}

export async function insertCaseInformation(db: Database, input: CaseInformation, { agent, at }: Authorship): Promise<void> {
  await db.transaction(async (tx) => {
    const [event] = await tx.query(
      `insert into case_events (case_id, kind, at, by_agent, note, call_id, client_id)
       values ($1, 'information_added', $2::timestamptz, $3, $4, $5, $6)
       on conflict (client_id) do nothing
       returning id`,
      [input.caseId, at, agent, input.note, input.callId ?? null, input.clientId],
    );
    // A settled case takes new information too (the citizen calls back); only an open one shows it as touched.
    if (event) await tx.query('update cases set updated_at = greatest(updated_at, $2::timestamptz) where id = $1', [input.caseId, at]);
  });
}

export async function changeStatus(db: Database, input: CaseStatusChange, { agent, at }: Authorship): Promise<void> {
  await db.transaction(async (tx) => {
    const [current] = await tx.query<{ status: string }>('select status from cases where id = $1 for update', [input.caseId]);
    const [event] = await tx.query(
      `insert into case_events (case_id, kind, at, by_agent, status_from, status_to, note, call_id, client_id)
       values ($1, 'status_changed', $2::timestamptz, $3, $4, $5, $6, $7, $8)
       on conflict (client_id) do nothing
       returning id`,
      [input.caseId, at, agent, current?.status ?? null, input.status, input.note ?? '', input.callId ?? null, input.clientId],
    );
    if (!event) return;
    const updated = await tx.query(
      'update cases set status = $2, updated_at = greatest(updated_at, $3::timestamptz) where id = $1 returning id',
      [input.caseId, input.status, at],
    );
    // Row-level security hides a settled case from an agent's update (only a lead reopens it): no row, no event.
    if (updated.length === 0) throw new WriteRefusedError('caseNotChangeable');
  });
}

async function caseNumberOf(tx: Queryable, clientId: string): Promise<number> {
  const [row] = await tx.query<{ case_number: number }>('select case_number from cases where client_id = $1', [clientId]);
  if (!row) throw new WriteRefusedError('caseNotFound');
  return row.case_number;
}
