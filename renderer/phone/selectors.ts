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

/**
 * Ringing calls and those the agent has just answered, whose media is still being agreed: their
 * panel stays as it is until the call is connected, so answering redraws one button, not the desk.
 */
export const selectOfferedCalls = (state: PhoneState): Call[] =>
  Object.values(state.calls)
    .filter((call) => call.state === 'ringing' || call.state === 'answering')
    .sort(byOfferTime);

/** Hunt-group calls waiting for the agent to be free, oldest first. */
export const selectWaitingCalls = (state: PhoneState): Call[] =>
  Object.values(state.calls)
    .filter((call) => call.state === 'waiting')
    .sort(byOfferTime);

export const selectOldestRingingCall = (state: PhoneState): Call | undefined => selectRingingCalls(state)[0];

const isCurrent = (call: Call) =>
  call.state === 'answering' || call.state === 'dialling' || call.state === 'ringingOut' || (call.state === 'active' && !call.held);

/** The call the agent is on: being answered, calling out, or connected and not on hold. */
export const selectCurrentCall = (state: PhoneState): Call | undefined => Object.values(state.calls).filter(isCurrent).sort(byOfferTime)[0];

/** Connected calls the agent put on hold, oldest first. */
export const selectHeldCalls = (state: PhoneState): Call[] =>
  Object.values(state.calls)
    .filter((call) => call.state === 'active' && call.held === true)
    .sort(byOfferTime);

/**
 * The call the big panel shows: the one the agent is on, else the latest one on hold, so that
 * after holding the only call its card and its Resume button stay in view.
 */
export const selectFocusCall = (state: PhoneState): Call | undefined => selectCurrentCall(state) ?? selectHeldCalls(state).at(-1);

/** Every call of the agent's, in the order they came: the call list. */
export const selectCallList = (state: PhoneState): Call[] => Object.values(state.calls).sort(byOfferTime);

export const selectLastFailure = (state: PhoneState) => state.lastFailure;

export const selectIsIdle = (state: PhoneState): boolean => Object.keys(state.calls).length === 0;

export const selectCallerFor =
  (callId: string) =>
  (state: PhoneState): CallerIdentified | undefined =>
    state.callers[callId]?.identified;
