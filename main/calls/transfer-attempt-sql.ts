/**
 * A transfer attempt as a row of call_transfers, written once per client id like the call records
 * it belongs to: a replay from the outbox adds nothing. The record is found by its call id, as an
 * agent may read a record's key but not who called.
 */
import type { TransferAttempt } from '../../shared/contract/transfer.js';
import type { Database } from '../data/database.js';
import { instant } from './call-record-sql.js';

const KIND = { blind: 'blind', attended: 'attended', urgentOncall: 'urgent_oncall' } as const;

export async function insertTransferAttempt(db: Database, attempt: TransferAttempt): Promise<void> {
  const [record] = await db.query<{ id: string }>('select id from call_records where call_id = $1', [attempt.callId]);
  // Writes reach the server in order, so the record is there first; if not, the write fails visibly.
  if (!record) throw new Error('the call has no record to attach the transfer attempt to');
  await db.query(
    `insert into call_transfers (client_id, call_record_id, kind, target_number, target_label, attempted_at, answered_at, accepted_by, outcome)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     on conflict do nothing`,
    [
      attempt.clientId,
      record.id,
      KIND[attempt.kind],
      attempt.targetNumber,
      attempt.targetLabel,
      instant(attempt.attemptedAt),
      instant(attempt.answeredAt),
      attempt.acceptedBy ?? '',
      attempt.outcome,
    ],
  );
}
