/** The desk picks the right call for the panels and the shortcuts. */
import { describe, expect, it } from 'vitest';
import { applyCall, initialPhoneState } from './phone-state.js';
import {
  selectCallList,
  selectCurrentCall,
  selectFocusCall,
  selectHeldCalls,
  selectIsIdle,
  selectOfferedCalls,
  selectOldestRingingCall,
  selectRingingCalls,
} from './selectors.js';
import { aCall } from './test-fixtures.js';

describe('phone selectors', () => {
  const state = [
    aCall('late', 'ringing', { offeredAt: 3_000 }),
    aCall('early', 'ringing', { offeredAt: 1_000 }),
    aCall('talking', 'active', { offeredAt: 500 }),
  ].reduce(applyCall, initialPhoneState);

  it('lists ringing calls oldest first, so a shortcut answers the one that waited longest', () => {
    expect(selectRingingCalls(state).map((call) => call.callId)).toEqual(['early', 'late']);
    expect(selectOldestRingingCall(state)?.callId).toBe('early');
  });

  it('keeps a call that is being answered among the offered ones, in its place, until it is connected', () => {
    const answering = applyCall(state, aCall('early', 'answering', { offeredAt: 1_000 }));
    expect(selectOfferedCalls(answering).map((call) => call.callId)).toEqual(['early', 'late']);
    expect(selectRingingCalls(answering).map((call) => call.callId)).toEqual(['late']);
    expect(selectOfferedCalls(applyCall(answering, aCall('early', 'active', { offeredAt: 1_000 }))).map((call) => call.callId)).toEqual(['late']);
  });

  it('finds the call the agent is on, also while it is being answered', () => {
    expect(selectCurrentCall(state)?.callId).toBe('talking');
    expect(selectCurrentCall(applyCall(initialPhoneState, aCall('x', 'answering')))?.callId).toBe('x');
  });

  it('is idle only without calls', () => {
    expect(selectIsIdle(state)).toBe(false);
    expect(selectIsIdle(initialPhoneState)).toBe(true);
  });

  it('takes a call on hold out of "current", keeps it in focus while it is the only one, and lists every call', () => {
    const held = applyCall(initialPhoneState, aCall('first', 'active', { held: true, offeredAt: 100 }));
    expect(selectCurrentCall(held)).toBeUndefined();
    expect(selectFocusCall(held)?.callId).toBe('first');
    const withSecond = [aCall('second', 'active', { offeredAt: 200 }), aCall('third', 'ringing', { offeredAt: 300 })].reduce(applyCall, held);
    expect(selectCurrentCall(withSecond)?.callId).toBe('second');
    expect(selectFocusCall(withSecond)?.callId).toBe('second');
    expect(selectHeldCalls(withSecond).map((c) => c.callId)).toEqual(['first']);
    expect(selectCallList(withSecond).map((c) => c.callId)).toEqual(['first', 'second', 'third']);
  });

  it('counts a call out, while it is dialled and rings, as the current one', () => {
    for (const state of ['dialling', 'ringingOut'] as const) {
      expect(selectCurrentCall(applyCall(initialPhoneState, aCall('out', state, { direction: 'outbound' })))?.callId).toBe('out');
    }
  });
});
