/**
 * The client id of an abandoned call's callback, derived from the call's SIP id (an RFC 4122
 * version-5 uuid): every desk the ring-all call reached derives the same one, so the register's
 * unique client id keeps exactly one case however many desks saw the caller give up.
 */
import { createHash } from 'node:crypto';

/** Fixed for ever: a different namespace would let a desk of another build register the call again. */
const CALLBACK_NAMESPACE = '6f1c2a8e-4b7d-5e3a-9c1f-2d8b7a6e5c40';

export function callbackClientId(callId: string): string {
  const namespace = Buffer.from(CALLBACK_NAMESPACE.replace(/-/g, ''), 'hex');
  const bytes = createHash('sha1').update(namespace).update(callId, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
