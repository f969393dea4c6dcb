/** The desk picks the right call for the panels and the shortcuts. */
import { describe, expect, it } from 'vitest';
import { applyCall, initialPhoneState } from './phone-state.js';
import { selectCurrentCall, selectIsIdle, selectOldestRingingCall, selectRingingCalls } from './selectors.js';
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

  it('finds the call the agent is on, also while it is being answered', () => {
    expect(selectCurrentCall(state)?.callId).toBe('talking');
    expect(selectCurrentCall(applyCall(initialPhoneState, aCall('x', 'answering')))?.callId).toBe('x');
  });

  it('is idle only without calls', () => {
    expect(selectIsIdle(state)).toBe(false);
    expect(selectIsIdle(initialPhoneState)).toBe(true);
  });
});
