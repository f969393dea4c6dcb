/** The device check's tone: 0.6 s at 1 kHz, generated, played once on the chosen headset. */
import { applySink } from './audio-sinks.js';
import { wavFile } from './ringtone.js';

const RATE = 16_000;

export function testToneSamples(): Int16Array {
  const length = RATE * 0.6;
  const fade = RATE / 50;
  const samples = new Int16Array(length);
  for (let i = 0; i < length; i += 1) {
    const envelope = Math.min(1, i / fade, (length - i) / fade);
    samples[i] = Math.round(0.2 * 32_767 * envelope * Math.sin((2 * Math.PI * 1000 * i) / RATE));
  }
  return samples;
}

/** Resolves once the tone has started on the device (rejects when it could not). */
export async function playTestTone(sinkId: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([wavFile(testToneSamples(), RATE)], { type: 'audio/wav' }));
  const element = new Audio(url);
  element.addEventListener('ended', () => URL.revokeObjectURL(url), { once: true });
  await applySink(element, sinkId);
  await element.play();
}
