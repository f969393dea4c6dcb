/**
 * A call offered to this desk, up to the ring. The order on a new call is the point of the
 * product: identify the caller, put the card on screen, and only then send 180 Ringing, so the
 * agent reads who it is with the first ring.
 */
import { SessionState, type Invitation } from 'sip.js';
import type { CallerIdentified } from '../../shared/contract/screenpop.js';
import type { Logger } from '../core/logger.js';
import { callerNumberFromHeaders } from '../screenpop/caller-identity.js';
import type { IdentifyCaller } from '../screenpop/screen-pop.js';
import { deferred, type TrackedCall } from './tracked-call.js';

export function incomingCall(invitation: Invitation, offeredAt: number): TrackedCall {
  const tracked: TrackedCall = {
    session: invitation,
    invitation,
    mediaQueue: Promise.resolve(),
    confirmed: deferred(),
    call: {
      callId: invitation.id,
      direction: 'inbound',
      state: 'ringing',
      caller: { e164: null, display: '' },
      // The To user is what the caller dialled (the hunt group), not this agent's own number.
      dialled: invitation.request.to.uri.user ?? '',
      offeredAt,
    },
  };
  invitation.delegate = {
    onCancel: (cancel) => {
      // RFC 3326: a forking proxy says "cause=200" when another agent took the call.
      tracked.endReason = /cause=200/.test(cancel.request.getHeader('Reason') ?? '') ? 'answeredElsewhere' : 'callerGaveUp';
    },
    onAck: () => tracked.confirmed.settle(),
  };
  return tracked;
}

export interface RingOptions {
  identifyCaller: IdentifyCaller;
  onCallerIdentified: (identified: CallerIdentified) => void;
  /** The call changed and the renderer should hear of it. */
  onChanged: (tracked: TrackedCall) => void;
  log: Logger;
  now: () => number;
}

export async function ringWithCallerShown(tracked: TrackedCall, options: RingOptions): Promise<void> {
  const invitation = tracked.invitation;
  if (!invitation) return;
  const { callId, offeredAt } = tracked.call;
  const raw = callerNumberFromHeaders({
    assertedIdentity: invitation.request.getHeader('P-Asserted-Identity'),
    fromUser: invitation.remoteIdentity.uri.user,
  });
  const identified = await options.identifyCaller(callId, raw);
  if (invitation.state !== SessionState.Initial) return;
  tracked.call = { ...tracked.call, caller: identified.caller };
  tracked.identified = identified;
  options.onCallerIdentified(identified);
  options.onChanged(tracked);
  options.log.info('call offered', { callId, match: identified.match.kind, lookupMs: options.now() - offeredAt });
  await invitation.progress().catch((error: unknown) => options.log.warn('could not send 180 Ringing', { callId, error: String(error) }));
}
