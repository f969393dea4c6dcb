/** Ringback and the microphone follow the phone mirror as the core's events change it. */
import { describe, expect, it } from 'vitest';
import { createPhoneStore } from '../phone/phone-store.js';
import { applyCall } from '../phone/phone-state.js';
import { aCall } from '../phone/test-fixtures.js';
import { followCallControls, sendsAudio } from './call-controls.js';
import { followRingback } from './ringback.js';

describe('ringback', () => {
  it('plays while a call out rings at the far end, and stops when it is answered or fails', () => {
    const store = createPhoneStore();
    const played: string[] = [];
    const stop = followRingback(store, { start: () => played.push('start'), stop: () => played.push('stop') });
    const out = aCall('out', 'dialling', { direction: 'outbound' });
    store.setState((s) => applyCall(s, out));
    expect(played).toEqual([]);
    store.setState((s) => applyCall(s, { ...out, state: 'ringingOut' }));
    store.setState((s) => applyCall(s, { ...out, state: 'ringingOut' }));
    expect(played).toEqual(['start']);
    store.setState((s) => applyCall(s, { ...out, state: 'active' }));
    expect(played).toEqual(['start', 'stop']);
    store.setState((s) => applyCall(s, aCall('out-2', 'ringingOut', { direction: 'outbound' })));
    stop();
    expect(played).toEqual(['start', 'stop', 'start', 'stop']);
  });

  it('stays quiet for incoming calls ringing here', () => {
    const store = createPhoneStore();
    const played: string[] = [];
    followRingback(store, { start: () => played.push('start'), stop: () => played.push('stop') });
    store.setState((s) => applyCall(s, aCall('in', 'ringing')));
    expect(played).toEqual([]);
  });
});

describe('microphone per call', () => {
  it('is off while muted or on hold', () => {
    expect(sendsAudio(aCall('c', 'active'))).toBe(true);
    expect(sendsAudio(aCall('c', 'active', { muted: true }))).toBe(false);
    expect(sendsAudio(aCall('c', 'active', { held: true }))).toBe(false);
    expect(sendsAudio(aCall('c', 'active', { held: false, muted: false }))).toBe(true);
  });

  it('switches a session when its call is muted, held or back, and sets a fresh one from the mirror', () => {
    const store = createPhoneStore();
    const switched: [string, boolean][] = [];
    const controls = followCallControls(store, (sessionId, enabled) => switched.push([sessionId, enabled]));
    const call = aCall('c1', 'active');
    store.setState((s) => applyCall(s, call));
    store.setState((s) => applyCall(s, { ...call, muted: true }));
    store.setState((s) => applyCall(s, { ...call, muted: true, held: true }));
    store.setState((s) => applyCall(s, { ...call, muted: false, held: false }));
    expect(switched).toEqual([
      ['c1', false],
      ['c1', true],
    ]);
    store.setState((s) => applyCall(s, { ...call, held: true }));
    controls.applyTo('c1');
    expect(switched.at(-1)).toEqual(['c1', false]);
    controls.stop();
    store.setState((s) => applyCall(s, { ...call, held: false }));
    expect(switched).toHaveLength(4);
  });
});
