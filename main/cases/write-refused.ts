/**
 * A write the desk itself turns down after looking at the database (an unknown case type, a case
 * the agent may not change): like a constraint violation, it reaches the agent and is never queued.
 */
export type RefusalReason = 'unknownCaseType' | 'caseNotFound' | 'caseNotChangeable';

export class WriteRefusedError extends Error {
  override readonly name = 'WriteRefusedError';

  constructor(readonly reason: RefusalReason) {
    super(reason);
  }
}
