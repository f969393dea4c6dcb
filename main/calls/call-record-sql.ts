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

/**
 * A ring-all call rings at several desks and all of them write to its one row. A desk where it
 * only rang writes "missed" when it stops ringing there, which may land before or after the
 * answering desk's own writes (those wait until the answer's audio is going, see
 * core/answer-first.ts). So "missed" or "abandoned" never touches a row that is answered, and an
 * answer that lands after them takes the row back: the call is going on.
 */
export async function updateCallRecordRow(db: Database, update: CallRecordUpdate): Promise<void> {
  await db.query(
    `update call_records
        set answered_at = coalesce($2::timestamptz, answered_at),
            ended_at = case
                         when $2::timestamptz is not null and answered_at is null then $3::timestamptz
                         when answered_at is not null and $5::text in ('missed', 'abandoned') then ended_at
                         else coalesce($3::timestamptz, ended_at)
                       end,
            answered_by = coalesce($4::text, answered_by),
            outcome = case
                        when $2::timestamptz is not null and answered_at is null and outcome in ('missed', 'abandoned') then coalesce($5::text, 'in_progress')
                        when (answered_at is not null or $2::timestamptz is not null) and $5::text in ('missed', 'abandoned') then outcome
                        else coalesce($5::text, outcome)
                      end
      where call_id = $1`,
    [update.callId, instant(update.answeredAt), instant(update.endedAt), update.answeredBy ?? null, update.outcome ?? null],
  );
}
