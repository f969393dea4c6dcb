/** What the desk asks of the phone mirror. Selectors that build arrays need `useShallow`. */
import type { Call, CallerIdentified } from '../../shared/contract/index.js';
import type { PhoneState } from './phone-state.js';

const byOfferTime = (a: Call, b: Call) => a.offeredAt - b.offeredAt;

export const selectRegistration = (state: PhoneState) => state.registration;

/** Oldest first: the one that has waited longest is the one a shortcut answers. */
export const selectRingingCalls = (state: PhoneState): Call[] =>
  Object.values(state.calls)
    .filter((call) => call.state === 'ringing')
    .sort(byOfferTime);

export const selectOldestRingingCall = (state: PhoneState): Call | undefined => selectRingingCalls(state)[0];

/** The call the agent is on: being answered or connected. */
export const selectCurrentCall = (state: PhoneState): Call | undefined =>
  Object.values(state.calls)
    .filter((call) => call.state === 'answering' || call.state === 'active')
    .sort(byOfferTime)[0];

export const selectIsIdle = (state: PhoneState): boolean => Object.keys(state.calls).length === 0;

export const selectCallerFor =
  (callId: string) =>
  (state: PhoneState): CallerIdentified | undefined =>
    state.callers[callId]?.identified;
