/** One hidden <audio> element per call, playing what the caller says into the agent's headset. */
import { applySink } from './devices/audio-sinks.js';

export class RemoteAudio {
  private readonly elements = new Map<string, HTMLAudioElement>();

  /** `headset()`: the output device for calls ('' = the system default). */
  constructor(private readonly headset: () => string) {}

  /** The headset changed (chosen anew, unplugged, back): calls in progress move with it. */
  setSink(sinkId: string): void {
    for (const element of this.elements.values()) void applySink(element, sinkId);
  }

  play(sessionId: string, stream: MediaStream): void {
    let element = this.elements.get(sessionId);
    if (!element) {
      element = document.createElement('audio');
      element.autoplay = true;
      element.hidden = true;
      element.dataset['mediaSession'] = sessionId;
      document.body.append(element);
      this.elements.set(sessionId, element);
      void applySink(element, this.headset());
    }
    if (element.srcObject !== stream) element.srcObject = stream;
    element.play().catch((error: unknown) => console.warn('[media] remote audio did not start', error));
  }

  stop(sessionId: string): void {
    const element = this.elements.get(sessionId);
    if (!element) return;
    element.srcObject = null;
    element.remove();
    this.elements.delete(sessionId);
  }
}
