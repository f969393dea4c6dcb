/** One hidden <audio> element per call, playing what the caller says into the agent's headset. */
export class RemoteAudio {
  private readonly elements = new Map<string, HTMLAudioElement>();

  play(sessionId: string, stream: MediaStream): void {
    let element = this.elements.get(sessionId);
    if (!element) {
      element = document.createElement('audio');
      element.autoplay = true;
      element.hidden = true;
      element.dataset['mediaSession'] = sessionId;
      document.body.append(element);
      this.elements.set(sessionId, element);
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
