/**
 * Call records as SQL, idempotent like the case writes: a record is inserted once per client id,
 * and an update sets values rather than adding to them, so replaying it changes nothing more.
 * No RETURNING and no reads: an agent's role may add and update call records but not read them.
 */
import type { CallRecordInput, CallRecordUpdate } from '../../shared/contract/cases.js';
import type { Database } from '../data/database.js';

/** An epoch-ms time as the database takes it; null when not known. */
export const instant = (ms: number | undefined) => (ms === undefined ? null : new Date(ms));

export async function insertCallRecord(db: Database, input: CallRecordInput): Promise<void> {
  // The record's id is its client id, as for cases. A ring-all call reaches several desks with
  // one Call-ID: the first desk's row is the call's, the others' offers are dropped quietly
  // (their answer or end then lands on that row through the call id).
  await db.query(
    `insert into call_records (id, client_id, call_id, direction, dialled, caller_number, citizen_id, offered_at,
                               answered_at, ended_at, answered_by, outcome)
     values ($1, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     on conflict do nothing`,
    [
      input.clientId,
      input.callId,
      input.direction,
      input.dialled ?? '',
      input.callerNumber ?? null,
      input.citizenId ?? null,
      instant(input.offeredAt),
      instant(input.answeredAt),
      instant(input.endedAt),
      input.answeredBy ?? null,
      input.outcome ?? 'in_progress',
    ],
  );
}

export async function updateCallRecordRow(db: Database, update: CallRecordUpdate): Promise<void> {
  await db.query(
    `update call_records
        set answered_at = coalesce($2::timestamptz, answered_at),
            ended_at = coalesce($3::timestamptz, ended_at),
            answered_by = coalesce($4::text, answered_by),
            outcome = coalesce($5::text, outcome)
      where call_id = $1`,
    [update.callId, instant(update.answeredAt), instant(update.endedAt), update.answeredBy ?? null, update.outcome ?? null],
  );
}
