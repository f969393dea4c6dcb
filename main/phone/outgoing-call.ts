/**
 * A call the agent places, up to the answer: dialling, then ringing at the far end (the
 * renderer plays ringback), or a failure whose SIP status the agent reads in words.
 */
import type { Inviter, InviterInviteOptions } from 'sip.js';
import { failureForStatus } from './call-failure.js';
import type { DialledNumber } from './dial-number.js';
import { deferred, type TrackedCall } from './tracked-call.js';

export function outgoingCall(inviter: Inviter, number: DialledNumber, offeredAt: number): TrackedCall {
  // We send the ACK ourselves; a peer still busy with it refuses our re-INVITE with 500 (retried).
  const confirmed = deferred();
  confirmed.settle();
  return {
    session: inviter,
    inviter,
    mediaQueue: Promise.resolve(),
    confirmed,
    call: {
      callId: inviter.id,
      direction: 'outbound',
      state: 'dialling',
      caller: { e164: number.e164, display: number.display },
      dialled: number.target,
      offeredAt,
    },
  };
}

/** The INVITE's response handling: 180/183 means it rings there; a final refusal says why. */
export function inviteOptions(tracked: TrackedCall, onRinging: () => void): InviterInviteOptions {
  const refused = (statusCode: number | undefined) => {
    tracked.failure ??= failureForStatus(statusCode ?? 0);
  };
  return {
    requestDelegate: {
      onProgress: () => onRinging(),
      onReject: (response) => refused(response.message.statusCode),
      // The desk follows no redirects: a 3xx is as good as a refusal to the agent.
      onRedirect: (response) => refused(response.message.statusCode),
    },
  };
}
