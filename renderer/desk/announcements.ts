/**
 * What a screen-reader user hears when calls change: worked out from two mirror states, so it
 * follows the same events the screen does, and phrased per caller card so a protected identity
 * is not spoken either.
 */
import type { TFunction } from 'i18next';
import type { CallFailureReason } from '../../shared/contract/index.js';
import { callerCardFor, type CallerCardView, type PhoneState } from '../phone/index.js';

export type Announcement =
  | { kind: 'incoming'; card: CallerCardView }
  | { kind: 'waiting' }
  | { kind: 'connected' }
  | { kind: 'held' }
  | { kind: 'resumed' }
  | { kind: 'ended' }
  | { kind: 'failed'; reason: CallFailureReason };

export function announcementsBetween(previous: PhoneState, next: PhoneState): Announcement[] {
  const announcements: Announcement[] = [];
  for (const call of Object.values(next.calls)) {
    const before = previous.calls[call.callId]?.state;
    if (call.state === 'active' && before === 'active' && Boolean(call.held) !== Boolean(previous.calls[call.callId]?.held)) {
      announcements.push({ kind: call.held ? 'held' : 'resumed' });
    }
    if (call.state === before) continue;
    if (call.state === 'ringing') {
      announcements.push({ kind: 'incoming', card: callerCardFor(call, next.callers[call.callId]?.identified) });
    } else if (call.state === 'waiting' && before === undefined) {
      announcements.push({ kind: 'waiting' });
    } else if (call.state === 'active') {
      announcements.push({ kind: 'connected' });
    }
  }
  // A waiting caller taken by a colleague was never the agent's call: nothing to hear.
  for (const [callId, call] of Object.entries(previous.calls)) {
    if (!(callId in next.calls) && call.state !== 'waiting') announcements.push({ kind: 'ended' });
  }
  if (next.lastFailure && next.lastFailure !== previous.lastFailure) announcements.push({ kind: 'failed', reason: next.lastFailure.failure.reason });
  return announcements;
}

export function announcementText(t: TFunction<'phone'>, announcement: Announcement): string {
  if (announcement.kind === 'connected') return t('announce.connected');
  if (announcement.kind === 'held') return t('announce.held');
  if (announcement.kind === 'resumed') return t('announce.resumed');
  if (announcement.kind === 'waiting') return t('announce.waiting');
  if (announcement.kind === 'ended') return t('announce.ended');
  if (announcement.kind === 'failed') return t('announce.failed', { reason: t(`failure.${announcement.reason}`) });
  const { card } = announcement;
  switch (card.kind) {
    case 'citizens':
      return t('announce.incomingFrom', { caller: card.citizens.map((citizen) => citizen.name).join(', ') });
    case 'protected':
      return t('announce.incomingProtected');
    case 'unknown':
      return t('announce.incomingUnknown', { number: card.number });
    case 'lookupFailed':
      return t('announce.incomingLookupFailed', { number: card.number });
    case 'identifying':
      return t('announce.incomingNumber', { number: card.number });
  }
}
