/**
 * The renderer's mirror of what the core owns about the phone, as pure functions from contract
 * events to state. The store wraps these; nothing here knows about React or the link.
 */
import type { Call, CallerIdentified, CallFailure, PhoneSnapshot, RegistrationStatus } from '../../shared/contract/index.js';

export interface IdentifiedCaller {
  identified: CallerIdentified;
  /** Renderer clock; only used to forget screen-pops whose call never arrived. */
  receivedAt: number;
}

/** An outgoing call that did not go through: shown with its reason until the next one is dialled. */
export interface FailedCall {
  callId: string;
  /** The number as the agent reads it. */
  number: string;
  failure: CallFailure;
}

export interface PhoneState {
  /** null until the first snapshot: the renderer does not know yet, which is not "stopped". */
  registration: RegistrationStatus | null;
  /** Calls that are not over, by callId. An ended call is dropped at once: the desk goes idle. */
  calls: Readonly<Record<string, Call>>;
  /** Screen-pops by callId. The core sends them before the phone rings, so one may precede its call. */
  callers: Readonly<Record<string, IdentifiedCaller>>;
  /** The last outgoing call that failed; the call itself is gone from `calls`. */
  lastFailure: FailedCall | null;
}

/**
 * How long a screen-pop waits for its call. The core sends the call within milliseconds; a
 * screen-pop this old belongs to a call that never reached the desk, and holds personal data.
 */
export const orphanScreenPopTtlMs = 60_000;

export const initialPhoneState: PhoneState = { registration: null, calls: {}, callers: {}, lastFailure: null };

export function applyRegistration(state: PhoneState, registration: RegistrationStatus): PhoneState {
  return { ...state, registration };
}

export function applyCall(state: PhoneState, call: Call): PhoneState {
  if (call.state === 'ended') {
    if (!(call.callId in state.calls) && !(call.callId in state.callers)) return state;
    const lastFailure = call.failure ? { callId: call.callId, number: call.caller.display, failure: call.failure } : state.lastFailure;
    return { ...state, calls: without(state.calls, call.callId), callers: without(state.callers, call.callId), lastFailure };
  }
  // A new call out replaces the reason the last one failed.
  const lastFailure = call.direction === 'outbound' && !(call.callId in state.calls) ? null : state.lastFailure;
  return { ...state, calls: { ...state.calls, [call.callId]: call }, lastFailure };
}

export function dismissFailure(state: PhoneState): PhoneState {
  return state.lastFailure ? { ...state, lastFailure: null } : state;
}

export function applyCallerIdentified(state: PhoneState, identified: CallerIdentified, now: number): PhoneState {
  const callers = dropOrphans(state.callers, state.calls, now);
  return { ...state, callers: { ...callers, [identified.callId]: { identified, receivedAt: now } } };
}

/**
 * A snapshot is the core's whole truth about registration, calls and their screen-pops, newer
 * than every event before it. Screen-pops it lacks are kept a while: one may precede its call.
 */
export function applySnapshot(state: PhoneState, snapshot: PhoneSnapshot, now: number): PhoneState {
  const calls: Record<string, Call> = {};
  for (const call of snapshot.calls) if (call.state !== 'ended') calls[call.callId] = call;
  const callers = dropOrphans(state.callers, calls, now);
  for (const identified of snapshot.callers) if (identified.callId in calls) callers[identified.callId] = { identified, receivedAt: now };
  return { registration: snapshot.registration, calls, callers, lastFailure: state.lastFailure };
}

function dropOrphans(
  callers: Readonly<Record<string, IdentifiedCaller>>,
  calls: Readonly<Record<string, Call>>,
  now: number,
): Record<string, IdentifiedCaller> {
  const kept: Record<string, IdentifiedCaller> = {};
  for (const [callId, caller] of Object.entries(callers)) {
    if (callId in calls || now - caller.receivedAt < orphanScreenPopTtlMs) kept[callId] = caller;
  }
  return kept;
}

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const { [key]: _removed, ...rest } = record;
  return rest;
}
