/**
 * Plays a generated tone in a loop while the phone is in some state: the ringtone while a call
 * rings here, ringback while a called number rings. Shared so both start, stop and pick their
 * output devices the same way.
 */
import type { PhoneReader, PhoneState } from '../phone/index.js';
import { applySink } from './devices/audio-sinks.js';
import { wavFile } from './tones.js';

export interface TonePlayer {
  start(): void;
  stop(): void;
}

/** Starts the tone when `sounds` becomes true, stops it when it turns false or the desk stops. */
export function followTone(reader: PhoneReader, sounds: (state: PhoneState) => boolean, tone: TonePlayer): () => void {
  let playing = false;
  const follow = (state: PhoneState) => {
    const wanted = sounds(state);
    if (wanted === playing) return;
    playing = wanted;
    if (wanted) tone.start();
    else tone.stop();
  };
  follow(reader.getState());
  const unsubscribe = reader.subscribe(follow);
  return () => {
    unsubscribe();
    if (playing) tone.stop();
  };
}

/**
 * Loops the samples on every device `sinks()` names at start (the same device once), each as an
 * <audio data-{name}="device id"> element, so a test or a person inspecting the page sees where it plays.
 */
export function createLoopedTone(name: string, samples: () => Float32Array, sinks: () => string[]): TonePlayer {
  let url: string | undefined;
  let elements: HTMLAudioElement[] = [];
  return {
    start() {
      url ??= URL.createObjectURL(new Blob([wavFile(samples())], { type: 'audio/wav' }));
      elements = [...new Set(sinks())].map((sinkId) => {
        const element = new Audio(url);
        element.loop = true;
        element.hidden = true;
        element.dataset[name] = sinkId || 'default';
        document.body.append(element);
        void applySink(element, sinkId).then(() => element.play().catch((error: unknown) => console.warn(`[media] ${name} did not start`, error)));
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
