/**
 * Why an outgoing call did not connect, read from the final SIP status. The agent gets the
 * reason in words (the renderer translates it); the code travels along for support.
 */
import type { CallFailure, CallFailureReason } from '../../shared/contract/phone.js';

const BY_STATUS: Readonly<Record<number, CallFailureReason>> = {
  // The person is there but cannot take it now.
  486: 'busy',
  600: 'busy',
  // Nobody is reachable on that number right now (not registered, switched off, no route).
  404: 'unreachable',
  408: 'unreachable',
  410: 'unreachable',
  480: 'unreachable',
  604: 'unreachable',
  603: 'declined',
  // Rang until the network gave up.
  487: 'noAnswer',
  484: 'invalidNumber',
  485: 'invalidNumber',
  416: 'invalidNumber',
  401: 'notAllowed',
  403: 'notAllowed',
  407: 'notAllowed',
  488: 'incompatible',
  606: 'incompatible',
};

export function failureForStatus(statusCode: number): CallFailure {
  return { reason: BY_STATUS[statusCode] ?? fallbackReason(statusCode), statusCode };
}

function fallbackReason(statusCode: number): CallFailureReason {
  if (statusCode === 0 || (statusCode >= 500 && statusCode < 600)) return 'networkError';
  if (statusCode >= 600) return 'declined';
  return 'rejected';
}
