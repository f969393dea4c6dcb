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

/** What the desk does with a new call: ring, let it wait in the strip, or decline it before it rings. */
export type Offering = 'ring' | 'wait' | 'decline';

export interface OfferedInvite {
  callId: string;
  /** The user part of the To address: a hunt group's number, or the agent's own. */
  dialled: string;
  offeredAt: number;
}

/** The To user is what the caller dialled (a hunt group), not necessarily this agent's own number. */
export const dialledUser = (invitation: Invitation): string => invitation.request.to.uri.user ?? '';

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
      dialled: dialledUser(invitation),
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
  /** Resolves once a desk page has painted the caller's card, or gave up waiting; absent: ring at once. */
  cardPainted?: (callId: string) => Promise<'painted' | 'timedOut'>;
}

/**
 * `wait`: a hunt-group call the agent is too busy for. It answers 182 Queued instead of 180, which
 * keeps this branch of the fork alive at the phone server (whose timer for a branch with no
 * provisional answer is short) without ringing anyone; `ringWhenFree` rings it later.
 */
export async function ringWithCallerShown(tracked: TrackedCall, options: RingOptions, offering: 'ring' | 'wait'): Promise<void> {
  const invitation = tracked.invitation;
  if (!invitation) return;
  const { callId, offeredAt } = tracked.call;
  const raw = callerNumberFromHeaders({
    assertedIdentity: invitation.request.getHeader('P-Asserted-Identity'),
    fromUser: invitation.remoteIdentity.uri.user,
  });
  const identified = await options.identifyCaller(callId, raw);
  const lookupMs = options.now() - offeredAt;
  if (invitation.state !== SessionState.Initial) return;
  tracked.call = { ...tracked.call, caller: identified.caller, state: offering === 'ring' ? 'ringing' : 'waiting' };
  tracked.identified = identified;
  options.onCallerIdentified(identified);
  options.onChanged(tracked);
  // A waiting call's 182 rings nobody: only a ring waits for the card.
  const card = offering === 'ring' && options.cardPainted ? await options.cardPainted(callId) : undefined;
  options.log.info('call offered', { callId, match: identified.match.kind, lookupMs, offering, card });
  if (invitation.state !== SessionState.Initial) return;
  const statusCode = offering === 'ring' ? 180 : 182;
  await invitation.progress({ statusCode }).catch((error: unknown) => options.log.warn('could not send provisional response', { callId, statusCode, error: String(error) }));
}

/** A waiting call rings now: 180 Ringing, and the desk shows it as ringing. */
export async function ringWhenFree(tracked: TrackedCall, options: Pick<RingOptions, 'onChanged' | 'cardPainted'>): Promise<void> {
  const invitation = tracked.invitation;
  if (!invitation || tracked.call.state !== 'waiting' || invitation.state !== SessionState.Initial) throw new Error('call is not waiting');
  tracked.call = { ...tracked.call, state: 'ringing' };
  options.onChanged(tracked);
  await options.cardPainted?.(tracked.call.callId);
  if (invitation.state !== SessionState.Initial) return;
  await invitation.progress({ statusCode: 180 });
}
