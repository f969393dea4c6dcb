/** Headset buttons against the phone mirror: answer, hang up, mute, flash, and the LEDs that follow. */
import { describe, expect, it } from 'vitest';
import { applyCall, initialPhoneState, type PhoneState } from '../../phone/phone-state.js';
import { aCall } from '../../phone/test-fixtures.js';
import type { Call } from '../../../shared/contract/index.js';
import { headsetAction, headsetLeds } from './headset-actions.js';

const phoneWith = (...calls: Call[]): PhoneState => calls.reduce(applyCall, initialPhoneState);

describe('headset buttons', () => {
  it('lifting the hook answers the ringing call; putting it down hangs up the current one', () => {
    expect(headsetAction({ type: 'hook', offHook: true }, phoneWith(aCall('r', 'ringing')))).toEqual({ type: 'answer', callId: 'r' });
    expect(headsetAction({ type: 'hook', offHook: false }, phoneWith(aCall('a', 'active')))).toEqual({ type: 'hangUp', callId: 'a' });
    expect(headsetAction({ type: 'hook', offHook: false }, phoneWith(aCall('r', 'ringing')))).toBeNull();
  });

  it('a hook button press hangs up a current call before it answers anything', () => {
    expect(headsetAction({ type: 'hookPressed' }, phoneWith(aCall('r', 'ringing')))).toEqual({ type: 'answer', callId: 'r' });
    expect(headsetAction({ type: 'hookPressed' }, phoneWith(aCall('a', 'active'), aCall('r', 'ringing')))).toEqual({ type: 'hangUp', callId: 'a' });
    expect(headsetAction({ type: 'hookPressed' }, phoneWith())).toBeNull();
  });

  it('mute toggles the call in view, never a ringing one', () => {
    expect(headsetAction({ type: 'mutePressed' }, phoneWith(aCall('a', 'active')))).toEqual({ type: 'mute', callId: 'a', muted: true });
    expect(headsetAction({ type: 'mutePressed' }, phoneWith(aCall('a', 'active', { muted: true })))).toEqual({ type: 'mute', callId: 'a', muted: false });
    expect(headsetAction({ type: 'mutePressed' }, phoneWith(aCall('r', 'ringing')))).toBeNull();
  });

  it('flash answers a second call (holding the first), else returns to the held call', () => {
    expect(headsetAction({ type: 'flash' }, phoneWith(aCall('a', 'active'), aCall('r', 'ringing')))).toEqual({ type: 'answer', callId: 'r' });
    expect(headsetAction({ type: 'flash' }, phoneWith(aCall('h', 'active', { held: true })))).toEqual({ type: 'resume', callId: 'h' });
    expect(headsetAction({ type: 'flash' }, phoneWith())).toBeNull();
  });

  it('a waiting hunt-group call is not answered from the headset', () => {
    expect(headsetAction({ type: 'hook', offHook: true }, phoneWith(aCall('w', 'waiting')))).toBeNull();
  });
});

describe('headset LEDs', () => {
  it('ring while a call rings, off-hook and mute during a call', () => {
    expect(headsetLeds(phoneWith(aCall('r', 'ringing')))).toEqual({ offHook: false, mute: false, ring: true });
    expect(headsetLeds(phoneWith(aCall('a', 'active', { muted: true })))).toEqual({ offHook: true, mute: true, ring: false });
    expect(headsetLeds(phoneWith())).toEqual({ offHook: false, mute: false, ring: false });
  });
});
