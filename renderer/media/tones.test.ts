/** The generated tones sound as specified: ringback's cadence and pitch, full scale clipped, not wrapped. */
import { describe, expect, it } from 'vitest';
import { ringbackCycleSamples } from './ringback.js';
import { toneCycle, TONE_RATE, wavFile } from './tones.js';

const loudest = (samples: Float32Array, from: number, to: number) => Math.max(...samples.slice(from * TONE_RATE, to * TONE_RATE).map(Math.abs));

describe('tones', () => {
  it('rings back one second of 425 Hz, then four seconds of silence', () => {
    const samples = ringbackCycleSamples();
    expect(samples.length).toBe(5 * TONE_RATE);
    expect(loudest(samples, 0.05, 0.95)).toBeCloseTo(0.15, 2);
    expect(loudest(samples, 1, 5)).toBe(0);
    const second = samples.slice(0, TONE_RATE);
    const upward = second.filter((sample, i) => i > 0 && second[i - 1]! < 0 && sample >= 0).length;
    expect(upward).toBeGreaterThanOrEqual(424);
    expect(upward).toBeLessThanOrEqual(426);
  });

  it('writes a sample beyond full scale as full scale, not as its opposite', () => {
    const samples = toneCycle(0.01, [{ at: 0, burst: { seconds: 0.01, frequency: 100, level: 1.5, fadeSeconds: 0 } }]);
    const wav = new DataView(wavFile(samples));
    const pcm = Array.from({ length: samples.length }, (_, i) => wav.getInt16(44 + i * 2, true));
    expect(Math.max(...pcm)).toBe(32_767);
    expect(Math.min(...pcm)).toBeGreaterThan(-32_768);
    expect(pcm[1]).toBeGreaterThan(0);
  });
});
