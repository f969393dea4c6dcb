/**
 * The agent's recent calls from the call records: those they answered or placed, and those this
 * desk recorded while running (a call that rang here unanswered names no agent in the row).
 * On a team server an agent may read a call's course but not its numbers, so those come only
 * from what this desk saw; the embedded database is the desk's own and gives them too.
 */
import type { CallHistoryEntry } from '../../shared/contract/phone.js';
import type { Database } from '../data/database.js';

export interface CallHistoryRow {
  call_id: string;
  direction: CallHistoryEntry['direction'];
  offered_at: Date;
  answered_at: Date | null;
  ended_at: Date | null;
  outcome: CallHistoryEntry['outcome'];
  /** Only from the embedded database. */
  dialled?: string;
  caller_number?: string | null;
}

export function readCallHistory(db: Database, query: { agent: string; callIds: string[]; limit: number; numbers: boolean }): Promise<CallHistoryRow[]> {
  const numbers = query.numbers ? ', dialled, caller_number' : '';
  return db.query<CallHistoryRow>(
    `select call_id, direction, offered_at, answered_at, ended_at, outcome${numbers}
       from call_records
      where answered_by = $1 or call_id = any($2::text[])
      order by offered_at desc
      limit $3`,
    [query.agent, query.callIds, query.limit],
  );
}

/** The embedded database is seeded with the demo agents; a desk registered as another user gets its row here. */
export async function ensureAgent(db: Database, sipUser: string): Promise<void> {
  await db.query(`insert into agents (sip_user, display_name) values ($1, $1) on conflict (sip_user) do nothing`, [sipUser]);
}
