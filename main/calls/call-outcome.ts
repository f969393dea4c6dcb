/**
 * What a call that ended became in the call records, from how it ended here. One row per call
 * (the SIP Call-ID), shared by every desk a ring-all call reached, so a desk writes only what it saw.
 */
import type { Call } from '../../shared/contract/phone.js';
import type { CallRecordInput } from '../../shared/contract/cases.js';

export type RecordedOutcome = NonNullable<CallRecordInput['outcome']>;

/**
 * - handed on by the agent (the NOTIFY said the target has the caller): `transferred`;
 * - connected (any other end reason): `answered`;
 * - inbound, rang here and nobody answered it here: the caller gave up, the agent declined, or
 *   answering failed: `missed`;
 * - inbound, taken by another agent (`answeredElsewhere`): undefined, nothing to write: that
 *   desk records the answer on the same row, and a "missed" from here could overwrite it;
 * - outbound that never connected (busy, unreachable, cancelled by the agent): `abandoned`.
 */
export function outcomeOfEndedCall(call: Pick<Call, 'direction' | 'answeredAt' | 'endReason'>): RecordedOutcome | undefined {
  if (call.endReason === 'transferred') return 'transferred';
  if (call.answeredAt !== undefined) return 'answered';
  if (call.direction === 'outbound') return 'abandoned';
  if (call.endReason === 'answeredElsewhere') return undefined;
  return 'missed';
}
