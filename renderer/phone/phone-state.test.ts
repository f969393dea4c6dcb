/** The mirror follows the core's events and snapshots the way the desk needs them. */
import { describe, expect, it } from 'vitest';
import type { RegistrationStatus } from '../../shared/contract/index.js';
import {
  applyCall,
  applyCallerIdentified,
  applyRegistration,
  applySnapshot,
  dismissFailure,
  initialPhoneState,
  orphanScreenPopTtlMs,
} from './phone-state.js';
import { aCall, anIdentification } from './test-fixtures.js';

const registered: RegistrationStatus = { state: 'registered', user: '1001' };

describe('phone mirror', () => {
  it('follows a call from ringing to active and drops it, with its screen-pop, when it ends', () => {
    let state = applyCallerIdentified(initialPhoneState, anIdentification('call-1'), 0);
    state = applyCall(state, aCall('call-1', 'ringing'));
    expect(state.calls['call-1']?.state).toBe('ringing');
    state = applyCall(state, aCall('call-1', 'answering'));
    state = applyCall(state, aCall('call-1', 'active', { answeredAt: 2_000 }));
    expect(state.calls['call-1']).toMatchObject({ state: 'active', answeredAt: 2_000 });
    state = applyCall(state, aCall('call-1', 'ended', { endReason: 'hungUpByCaller' }));
    expect(state.calls).toEqual({});
    expect(state.callers).toEqual({});
  });

  it('keeps a screen-pop that arrives before its call, and pairs it when the call comes', () => {
    let state = applyCallerIdentified(initialPhoneState, anIdentification('call-1'), 0);
    expect(state.callers['call-1']?.identified.callId).toBe('call-1');
    state = applyCall(state, aCall('call-1', 'ringing'));
    expect(state.callers['call-1']?.identified.match.kind).toBe('citizens');
  });

  it('forgets a screen-pop whose call never arrived once a later one comes', () => {
    let state = applyCallerIdentified(initialPhoneState, anIdentification('lost'), 0);
    state = applyCallerIdentified(state, anIdentification('call-2'), orphanScreenPopTtlMs + 1);
    expect(Object.keys(state.callers)).toEqual(['call-2']);
  });

  it('keeps an old screen-pop while its call is still on', () => {
    let state = applyCallerIdentified(initialPhoneState, anIdentification('long'), 0);
    state = applyCall(state, aCall('long', 'active'));
    state = applyCallerIdentified(state, anIdentification('call-2'), orphanScreenPopTtlMs * 10);
    expect(Object.keys(state.callers).sort()).toEqual(['call-2', 'long']);
  });

  it('ignores an ended event for a call it never knew', () => {
    const state = applyCall(initialPhoneState, aCall('other', 'ended'));
    expect(state).toBe(initialPhoneState);
  });

  it('takes a snapshot as the whole truth about registration and calls, keeping screen-pops of its calls', () => {
    let state = applyRegistration(initialPhoneState, { state: 'unreachable', user: '1001', nextAttemptAt: 5 });
    state = applyCall(state, aCall('gone', 'ringing'));
    state = applyCallerIdentified(state, anIdentification('kept'), 0);
    state = applySnapshot(
      state,
      { registration: registered, calls: [aCall('kept', 'active'), aCall('over', 'ended')], callers: [] },
      orphanScreenPopTtlMs * 2,
    );
    expect(state.registration).toEqual(registered);
    expect(Object.keys(state.calls)).toEqual(['kept']);
    expect(Object.keys(state.callers)).toEqual(['kept']);
  });

  it('keeps why an outgoing call failed after the call is gone, until the next call out or a dismissal', () => {
    const outbound = aCall('out-1', 'dialling', { direction: 'outbound', caller: { e164: '+46701740651', display: '070-174 06 51' } });
    let state = applyCall(initialPhoneState, outbound);
    state = applyCall(state, { ...outbound, state: 'ended', endReason: 'failed', failure: { reason: 'busy', statusCode: 486 } });
    expect(state.calls).toEqual({});
    expect(state.lastFailure).toEqual({ callId: 'out-1', number: '070-174 06 51', failure: { reason: 'busy', statusCode: 486 } });
    // An incoming call does not clear it; a snapshot (page reconnect) neither.
    state = applyCall(state, aCall('in-1', 'ringing'));
    state = applySnapshot(state, { registration: registered, calls: [], callers: [] }, 0);
    expect(state.lastFailure?.failure.reason).toBe('busy');
    expect(dismissFailure(state).lastFailure).toBeNull();
    state = applyCall(state, aCall('out-2', 'dialling', { direction: 'outbound' }));
    expect(state.lastFailure).toBeNull();
  });

  it('does not take an answered call that ends for a failure', () => {
    let state = applyCall(initialPhoneState, aCall('out-1', 'active', { direction: 'outbound' }));
    state = applyCall(state, aCall('out-1', 'ended', { direction: 'outbound', endReason: 'hungUpByCaller' }));
    expect(state.lastFailure).toBeNull();
  });
});
