/** The device check's tone: 0.6 s at 1 kHz, generated, played once on the chosen headset. */
import { toneCycle, wavFile } from '../tones.js';
import { applySink } from './audio-sinks.js';

const testToneSamples = (): Float32Array => toneCycle(0.6, [{ at: 0, burst: { seconds: 0.6, frequency: 1000, level: 0.2, fadeSeconds: 0.02 } }]);

/** Resolves once the tone has started on the device (rejects when it could not). */
export async function playTestTone(sinkId: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([wavFile(testToneSamples())], { type: 'audio/wav' }));
  const element = new Audio(url);
  element.addEventListener('ended', () => URL.revokeObjectURL(url), { once: true });
  await applySink(element, sinkId);
  await element.play();
}
