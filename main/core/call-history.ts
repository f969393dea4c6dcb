/**
 * The desk's call history: every call the phone handles is recorded (calls/record-phone-calls.ts),
 * and the agent's recent calls are read back for the "Recent calls" list, with the caller as this
 * desk's screen-pop showed it and never a new look-up of the citizen.
 */
import type { CallHistoryEntry } from '../../shared/contract/phone.js';
import { ensureAgent, readCallHistory, type CallHistoryRow } from '../calls/call-history-sql.js';
import type { CallRecorder } from '../calls/call-recorder.js';
import { PhoneCallRecording, type SeenParty } from '../calls/record-phone-calls.js';
import type { Database } from '../data/database.js';
import type { PhoneEvent } from '../phone/softphone.js';
import { normaliseCallerNumber } from '../screenpop/caller-number.js';
import type { Logger } from './logger.js';

export interface CallHistoryOptions {
  database: Database | undefined;
  recorder: CallRecorder | undefined;
  /** The embedded database, where the desk may add its own agent row. */
  embedded: boolean;
  agent: () => string;
  /** Stored numbers are shown the way the agent reads them, in the home region's format. */
  defaultRegion: () => string;
  log: Logger;
}

export interface CallHistory {
  onPhoneEvent(event: PhoneEvent): void;
  recent(limit: number): Promise<CallHistoryEntry[]>;
  /** Every record write started so far has been handed to the writer. */
  settled(): Promise<void>;
}

export async function startCallHistory(options: CallHistoryOptions): Promise<CallHistory> {
  const { database, log } = options;
  if (database && options.embedded) {
    await ensureAgent(database, options.agent()).catch((error: unknown) => log.error('agent row could not be added', { error: String(error) }));
  }
  const recording = new PhoneCallRecording({ recorder: options.recorder, agent: options.agent, log });
  return {
    onPhoneEvent: (event) => recording.onEvent(event),
    settled: () => recording.settled(),
    async recent(limit) {
      if (!database) return [];
      // A list asked for on a call's end must show that end: the writes it caused go first.
      await recording.settled();
      const rows = await readCallHistory(database, { agent: options.agent(), callIds: recording.callIds(), limit, numbers: options.embedded });
      return rows.map((row) => entryOf(row, recording.party(row.call_id), options.defaultRegion()));
    },
  };
}

function entryOf(row: CallHistoryRow, seen: SeenParty | undefined, region: string): CallHistoryEntry {
  const stored = row.direction === 'outbound' ? row.dialled : row.caller_number;
  return {
    callId: row.call_id,
    direction: row.direction,
    offeredAt: row.offered_at.getTime(),
    ...(row.answered_at ? { answeredAt: row.answered_at.getTime() } : {}),
    ...(row.ended_at ? { endedAt: row.ended_at.getTime() } : {}),
    outcome: row.outcome,
    // A protected caller's number was never stored.
    number: seen ? seen.number : stored ? { e164: stored, display: normaliseCallerNumber(stored, region).display || stored } : null,
    ...(seen?.citizenName ? { citizenName: seen.citizenName } : {}),
    ...(seen?.protectedCaller ? { protectedCaller: true } : {}),
  };
}
