/**
 * Ringback: while a number the agent called rings at the far end (180/183), the agent hears the
 * familiar tone, played here because the desk does not take early media from the network.
 */
import type { PhoneState } from '../phone/index.js';

export interface TonePlayer {
  start(): void;
  stop(): void;
}

interface PhoneReader {
  getState(): PhoneState;
  subscribe(listener: (state: PhoneState) => void): () => void;
}

const ringsOut = (state: PhoneState) => Object.values(state.calls).some((call) => call.direction === 'outbound' && call.state === 'ringingOut');

export function followRingback(reader: PhoneReader, tone: TonePlayer): () => void {
  let playing = false;
  const follow = (state: PhoneState) => {
    const ringing = ringsOut(state);
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

/** The European (CEPT) ringback of Swedish and Danish networks: 425 Hz, one second on, four off. */
export function createRingbackTone(headset: () => string): TonePlayer {
  let context: AudioContext | undefined;
  let source: AudioBufferSourceNode | undefined;
  return {
    start() {
      context ??= new AudioContext();
      // Chromium's AudioContext takes an output device (TypeScript's DOM types do not know it yet).
      void (context as AudioContext & { setSinkId?(id: string): Promise<void> }).setSinkId?.(headset()).catch(() => undefined);
      const rate = context.sampleRate;
      const buffer = context.createBuffer(1, rate * 5, rate);
      const samples = buffer.getChannelData(0);
      const fade = rate / 100;
      for (let i = 0; i < rate; i += 1) {
        // Soft edges, or each burst would click.
        const envelope = Math.min(1, i / fade, (rate - i) / fade);
        samples[i] = 0.15 * envelope * Math.sin((2 * Math.PI * 425 * i) / rate);
      }
      source = context.createBufferSource();
      source.buffer = buffer;
      source.loop = true;
      source.connect(context.destination);
      source.start();
      void context.resume();
    },
    stop() {
      source?.stop();
      source?.disconnect();
      source = undefined;
    },
  };
}
