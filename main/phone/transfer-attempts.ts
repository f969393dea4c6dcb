/**
 * The pieces of a transfer the desk records: whom it tries (a consult plan's targets), each
 * attempt as it runs, and the row an attempt becomes once its outcome is known.
 */
import { randomUUID } from 'node:crypto';
import type { CallFailure } from '../../shared/contract/phone.js';
import type { OncallAttempt, Transfer, TransferAttempt, TransferKind } from '../../shared/contract/transfer.js';
import type { DialledNumber } from './dial-number.js';

export interface ConsultTarget {
  number: DialledNumber;
  /** What the record says the target was: "Bromma on-call", or the number as the agent typed it. */
  label: string;
  attempt?: OncallAttempt;
}

export interface ConsultPlan {
  kind: Exclude<TransferKind, 'blind'>;
  /** Tried in turn until one answers; an urgent handover has the on-call, then the deputy. */
  targets: ConsultTarget[];
  district?: string;
  /** A target that has not answered by then is given up for the next (urgent handover). */
  answerTimeoutMs?: number;
}

export interface Attempt {
  target: ConsultTarget;
  startedAt: number;
  consultCallId?: string;
  answeredAt?: number;
  settled: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

/** The number as the renderer shows it; what is dialled stays in the core. */
export const shown = ({ e164, display }: DialledNumber): Transfer['target'] => ({ e164, display });

/** How an attempt that did not end with the caller handed on is recorded. */
export function outcomeOf(callFailure: CallFailure | undefined): TransferAttempt['outcome'] {
  switch (callFailure?.reason) {
    case 'busy':
    case 'declined':
      return 'declined';
    // Nobody picked up, or nobody was there to: a mobile switched off is as good as unanswered.
    case 'noAnswer':
    case 'unreachable':
      return 'no_answer';
    default:
      return 'failed';
  }
}


export function attemptRecord(transfer: Transfer, attempt: Attempt, outcome: TransferAttempt['outcome'], acceptedBy?: string): TransferAttempt {
  return {
    clientId: randomUUID(),
    callId: transfer.callId,
    kind: transfer.kind,
    targetNumber: attempt.target.number.target,
    targetLabel: attempt.target.label,
    attemptedAt: attempt.startedAt,
    ...(attempt.answeredAt !== undefined ? { answeredAt: attempt.answeredAt } : {}),
    ...(acceptedBy ? { acceptedBy } : {}),
    outcome,
  };
}
