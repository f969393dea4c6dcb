/**
 * Each settled transfer attempt goes to the call records' writer once the call's own record writes
 * have been handed over, so the attempt never arrives before the record it belongs to.
 */
import type { TransferAttempt } from '../../shared/contract/transfer.js';
import type { CallRecorder } from '../calls/call-recorder.js';
import type { Logger } from '../core/logger.js';
import { failureLabel } from '../data/outbox/write-failure.js';

export interface TransferAttemptRecording {
  recorder: CallRecorder | undefined;
  /** Resolves once every call record write started so far is with the writer. */
  recordsSettled: () => Promise<void>;
  log: Logger;
}

export function recordTransferAttempts({ recorder, recordsSettled, log }: TransferAttemptRecording): (attempt: TransferAttempt) => void {
  return (attempt) => {
    if (!recorder) return;
    void recordsSettled()
      .then(() => recorder.recordTransfer(attempt))
      .catch((error: unknown) => log.error('transfer attempt not saved', { callId: attempt.callId, outcome: attempt.outcome, failure: failureLabel(error) }));
  };
}
