/**
 * What a contract link needs from a connection: text in, text out, and a close.
 * Implemented by a WebSocket (dev host), a MessagePort (Electron) and an in-memory pair (tests).
 */
export interface MessageCarrier {
  send(text: string): void;
  onMessage(listener: (text: string) => void): void;
  onClose(listener: () => void): void;
  close(): void;
}

/** Two carriers wired to each other, for unit tests of anything that talks over a link. */
export function createCarrierPair(): [MessageCarrier, MessageCarrier] {
  const make = () => ({
    messageListeners: [] as ((text: string) => void)[],
    closeListeners: [] as (() => void)[],
    closed: false,
  });
  const sides = [make(), make()] as const;
  const carrier = (self: 0 | 1): MessageCarrier => {
    const me = sides[self];
    const peer = sides[self === 0 ? 1 : 0];
    return {
      send(text) {
        if (me.closed) return;
        queueMicrotask(() => peer.messageListeners.forEach((l) => l(text)));
      },
      onMessage: (l) => void me.messageListeners.push(l),
      onClose: (l) => void me.closeListeners.push(l),
      close() {
        for (const side of sides) {
          if (side.closed) continue;
          side.closed = true;
          side.closeListeners.forEach((l) => l());
        }
      },
    };
  };
  return [carrier(0), carrier(1)];
}
