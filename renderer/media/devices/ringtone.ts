/**
 * The ringtone: generated here (no recorded audio, so nothing copyrighted ships), played on the
 * ringer device and in the headset while an inbound call rings. A hunt-group call that merely
 * waits for a busy agent does not ring; answering or ending the call stops it.
 */
import type { PhoneState } from '../../phone/index.js';
import type { TonePlayer } from '../ringback.js';
import { applySink } from './audio-sinks.js';

interface PhoneReader {
  getState(): PhoneState;
  subscribe(listener: (state: PhoneState) => void): () => void;
}

export const ringsIn = (state: PhoneState): boolean => Object.values(state.calls).some((call) => call.direction === 'inbound' && call.state === 'ringing');

export function followRingtone(reader: PhoneReader, tone: TonePlayer): () => void {
  let playing = false;
  const follow = (state: PhoneState) => {
    const ringing = ringsIn(state);
    if (ringing === playing) return;
    playing = ringing;
    if (ringing) tone.start();
    else tone.stop();
  };
  follow(reader.getState());
  const unsubscribe = reader.subscribe(follow);
  return () => {
    unsubscribe();
    if (playing) tone.stop();
  };
}

const RATE = 16_000;

/**
 * One ring cycle as 16-bit mono PCM: two 0.4 s bursts of a warbling 650/800 Hz pair, 0.2 s apart,
 * then 2 s of silence. Distinct from the 425 Hz ringback, so the agent never confuses the two.
 */
export function ringCycleSamples(): Int16Array {
  const samples = new Int16Array(RATE * 3);
  const burst = RATE * 0.4;
  const fade = RATE / 100;
  for (const start of [0, RATE * 0.6]) {
    for (let i = 0; i < burst; i += 1) {
      const t = i / RATE;
      const envelope = Math.min(1, i / fade, (burst - i) / fade);
      // The pitch alternates 20 times a second: the "trill" of a desk phone.
      const frequency = Math.floor(t * 40) % 2 === 0 ? 650 : 800;
      samples[start + i] = Math.round(0.25 * 32_767 * envelope * Math.sin(2 * Math.PI * frequency * t));
    }
  }
  return samples;
}

/** A WAV file (RIFF, PCM 16-bit mono) around the samples. */
export function wavFile(samples: Int16Array, rate = RATE): ArrayBuffer {
  const buffer = new ArrayBuffer(44 + samples.length * 2);
  const view = new DataView(buffer);
  const text = (offset: number, value: string) => [...value].forEach((c, i) => view.setUint8(offset + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  samples.forEach((sample, i) => view.setInt16(44 + i * 2, sample, true));
  return buffer;
}

/** Plays the ring on every device `sinks()` names at start (the same device once). */
export function createRingtone(sinks: () => string[]): TonePlayer {
  let url: string | undefined;
  let elements: HTMLAudioElement[] = [];
  return {
    start() {
      url ??= URL.createObjectURL(new Blob([wavFile(ringCycleSamples())], { type: 'audio/wav' }));
      elements = [...new Set(sinks())].map((sinkId) => {
        const element = new Audio(url);
        element.loop = true;
        element.hidden = true;
        element.dataset['ringtone'] = sinkId || 'default';
        document.body.append(element);
        void applySink(element, sinkId).then(() => element.play().catch((error: unknown) => console.warn('[media] ringtone did not start', error)));
        return element;
      });
    },
    stop() {
      elements.forEach((element) => {
        element.pause();
        element.remove();
      });
      elements = [];
    },
  };
}
