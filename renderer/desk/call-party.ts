/**
 * One line naming the other party of a call, for the call list: the citizen's name when the
 * screen-pop found one, the number otherwise, and only the marker for a protected identity.
 */
import type { TFunction } from 'i18next';
import type { Call, CallerIdentified } from '../../shared/contract/index.js';
import { callerCardFor } from '../phone/index.js';

export function partyLabel(t: TFunction<'phone'>, call: Call, identified: CallerIdentified | undefined): string {
  if (call.direction === 'outbound') return call.caller.display;
  const card = callerCardFor(call, identified);
  if (card.kind === 'protected') return t('callList.protected');
  if (card.kind === 'citizens') return card.citizens.map((citizen) => citizen.name).join(', ');
  return card.number || t('callList.unknownNumber');
}

/** The state as the list shows it: a connected call on hold reads "on hold". */
export type ListedState = Call['state'] | 'held';

export function listedState(call: Call): ListedState {
  return call.state === 'active' && call.held ? 'held' : call.state;
}

/** Since when the shown time counts: waiting for a ringing call, talking for a connected one. */
export function countsFrom(call: Call): number {
  return call.answeredAt ?? call.offeredAt;
}
