/**
 * The desk's generated tones (no recorded audio, so nothing copyrighted ships): sine bursts with
 * soft edges, and the 16-bit PCM WAV files the ringtone, ringback, device check and the phone
 * benchmarks' fake microphone play. No DOM, so Node can write the same files.
 */

export const TONE_RATE = 16_000;

export interface Burst {
  seconds: number;
  /** Hz, or the pitch at `t` seconds into the burst for a warbling tone. */
  frequency: number | ((t: number) => number);
  /** Peak amplitude, 1 being full scale. */
  level: number;
  /** Fade in and out over this long, or each burst would click; 0 for a tone that loops seamlessly. */
  fadeSeconds: number;
}

/** Writes a burst into `samples` (-1..1) from sample `at`. */
function addBurst(samples: Float32Array, rate: number, at: number, burst: Burst): void {
  const length = Math.round(burst.seconds * rate);
  const fade = burst.fadeSeconds * rate;
  const pitch = burst.frequency;
  for (let i = 0; i < length; i += 1) {
    const t = i / rate;
    const envelope = fade > 0 ? Math.min(1, i / fade, (length - i) / fade) : 1;
    const frequency = typeof pitch === 'number' ? pitch : pitch(t);
    samples[at + i] = burst.level * envelope * Math.sin(2 * Math.PI * frequency * t);
  }
}

/** A cycle of `seconds` with the bursts at their start times and silence around them. */
export function toneCycle(seconds: number, bursts: { at: number; burst: Burst }[], rate = TONE_RATE): Float32Array {
  const samples = new Float32Array(Math.round(seconds * rate));
  for (const { at, burst } of bursts) addBurst(samples, rate, Math.round(at * rate), burst);
  return samples;
}

/** A WAV file (RIFF, PCM 16-bit mono) of the samples. */
export function wavFile(samples: Float32Array, rate = TONE_RATE): ArrayBuffer {
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
  samples.forEach((sample, i) => view.setInt16(44 + i * 2, Math.round(Math.max(-1, Math.min(1, sample)) * 32_767), true));
  return buffer;
}
