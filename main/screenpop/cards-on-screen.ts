/**
 * Holds a call's ring until a desk page says its caller card is painted, for at most a short
 * wait: the product's promise is that the agent reads who is calling with the first ring, and a
 * screen-pop message sent before the 180 is not yet a card on screen (rendering takes a frame).
 * A page that never answers (frozen, or an old build) costs the caller only the wait.
 */
export class CardsOnScreen {
  private readonly waiting = new Map<string, () => void>();

  constructor(private readonly maxWaitMs: number) {}

  /** A page painted the card of `callId`. */
  shown(callId: string): void {
    this.waiting.get(callId)?.();
  }

  /** Resolves when the card of `callId` is painted, or after the longest wait. */
  painted(callId: string): Promise<'painted' | 'timedOut'> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => done('timedOut'), this.maxWaitMs);
      const done = (outcome: 'painted' | 'timedOut') => {
        clearTimeout(timer);
        this.waiting.delete(callId);
        resolve(outcome);
      };
      this.waiting.set(callId, () => done('painted'));
    });
  }
}
