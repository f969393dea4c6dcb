/** A ringing call's media is made before the answer and given back when the call goes elsewhere. */
import { describe, expect, it } from 'vitest';
import { createPhoneStore } from '../phone/phone-store.js';
import { applyCall } from '../phone/phone-state.js';
import { aCall } from '../phone/test-fixtures.js';
import { followRingingCalls } from './ringing-media.js';

function follow() {
  const store = createPhoneStore();
  const seen: string[] = [];
  const stop = followRingingCalls(store, {
    prepare: (id) => seen.push(`prepare ${id}`),
    answering: (id) => seen.push(`answering ${id}`),
    release: (id) => seen.push(`release ${id}`),
  });
  return { store, seen, stop };
}

describe('media for a ringing call', () => {
  it('is prepared once when an inbound call rings, and released when the caller gives up', () => {
    const { store, seen } = follow();
    const call = aCall('in', 'ringing');
    store.setState((s) => applyCall(s, call));
    store.setState((s) => applyCall(s, { ...call, caller: { e164: null, display: '' } }));
    expect(seen).toEqual(['prepare in']);
    store.setState((s) => applyCall(s, { ...call, state: 'ended', endReason: 'callerGaveUp' }));
    expect(seen).toEqual(['prepare in', 'release in']);
  });

  it('starts the answer once the core takes it, and is not made for waiting or outgoing calls', () => {
    const { store, seen, stop } = follow();
    store.setState((s) => applyCall(s, aCall('waiting', 'waiting')));
    store.setState((s) => applyCall(s, aCall('out', 'dialling', { direction: 'outbound' })));
    store.setState((s) => applyCall(s, aCall('in', 'ringing')));
    store.setState((s) => applyCall(s, aCall('in', 'answering')));
    store.setState((s) => applyCall(s, aCall('in', 'active')));
    expect(seen).toEqual(['prepare in', 'answering in']);
    store.setState((s) => applyCall(s, aCall('waiting', 'ended')));
    expect(seen).toEqual(['prepare in', 'answering in', 'release waiting']);
    stop();
    store.setState((s) => applyCall(s, aCall('in-2', 'ringing')));
    expect(seen).toHaveLength(3);
  });

  it('is prepared for a call already ringing when the page starts (a reload while it rings)', () => {
    const store = createPhoneStore();
    store.setState((s) => applyCall(s, aCall('in', 'ringing')));
    const seen: string[] = [];
    followRingingCalls(store, { prepare: (id) => seen.push(id), answering: () => undefined, release: () => undefined });
    expect(seen).toEqual(['in']);
  });
});
