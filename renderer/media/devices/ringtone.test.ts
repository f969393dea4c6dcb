/** The ringtone rings for inbound calls only while they ring here, and is a valid generated WAV. */
import { describe, expect, it } from 'vitest';
import { createPhoneStore } from '../../phone/phone-store.js';
import { applyCall } from '../../phone/phone-state.js';
import { aCall } from '../../phone/test-fixtures.js';
import { wavFile } from '../tones.js';
import { followRingtone, ringCycleSamples } from './ringtone.js';

function follow() {
  const store = createPhoneStore();
  const played: string[] = [];
  const stop = followRingtone(store, { start: () => played.push('start'), stop: () => played.push('stop') });
  return { store, played, stop };
}

describe('ringtone', () => {
  it('rings while an inbound call rings, and stops when it is answered', () => {
    const { store, played } = follow();
    const call = aCall('in', 'ringing');
    store.setState((s) => applyCall(s, call));
    store.setState((s) => applyCall(s, aCall('in-2', 'ringing')));
    expect(played).toEqual(['start']);
    store.setState((s) => applyCall(s, { ...call, state: 'answering' }));
    expect(played).toEqual(['start']);
    store.setState((s) => applyCall(s, { ...aCall('in-2', 'ringing'), state: 'ended', endReason: 'callerGaveUp' }));
    expect(played).toEqual(['start', 'stop']);
  });

  it('stays silent for a hunt-group call that only waits, and for calls out', () => {
    const { store, played } = follow();
    store.setState((s) => applyCall(s, aCall('w', 'waiting')));
    store.setState((s) => applyCall(s, aCall('out', 'ringingOut', { direction: 'outbound' })));
    expect(played).toEqual([]);
  });

  it('stops when the desk stops mid-ring', () => {
    const { store, played, stop } = follow();
    store.setState((s) => applyCall(s, aCall('in', 'ringing')));
    stop();
    expect(played).toEqual(['start', 'stop']);
  });

  it('is a 3 s PCM WAV with two bursts and silence between them', () => {
    const samples = ringCycleSamples();
    const wav = new DataView(wavFile(samples));
    const text = (offset: number) => String.fromCharCode(...[0, 1, 2, 3].map((i) => wav.getUint8(offset + i)));
    expect([text(0), text(8), text(12), text(36)]).toEqual(['RIFF', 'WAVE', 'fmt ', 'data']);
    expect(wav.getUint32(24, true)).toBe(16_000);
    expect(wav.getUint32(40, true)).toBe(samples.length * 2);
    const pcm = Array.from({ length: samples.length }, (_, i) => wav.getInt16(44 + i * 2, true));
    const loudest = (from: number, to: number) => Math.max(...pcm.slice(from * 16_000, to * 16_000).map(Math.abs));
    expect(loudest(0.05, 0.35)).toBeGreaterThan(5000);
    expect(loudest(0.45, 0.55)).toBe(0);
    expect(loudest(0.65, 0.95)).toBeGreaterThan(5000);
    expect(loudest(1.1, 3)).toBe(0);
  });
});
