/**
 * The two ways a renderer reaches the core: a MessagePort handed over by the Electron preload, or
 * a WebSocket to the dev host. Both become the same MessageCarrier.
 */
import type { MessageCarrier } from '../../shared/messaging/carrier.js';

/** The preload posts the port with this message once main has opened the channel. */
export const CORE_PORT_MESSAGE = 'careline:core-port';

export function isElectronPage(): boolean {
  return window.location.protocol === 'app:';
}

export function waitForElectronPort(): Promise<MessageCarrier> {
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window || event.origin !== window.location.origin || event.data !== CORE_PORT_MESSAGE) return;
      const port = event.ports[0];
      if (!port) return;
      window.removeEventListener('message', onMessage);
      resolve(portCarrier(port));
    };
    window.addEventListener('message', onMessage);
  });
}

function portCarrier(port: MessagePort): MessageCarrier {
  const closeListeners: (() => void)[] = [];
  port.addEventListener('close', () => closeListeners.forEach((l) => l()));
  const carrier: MessageCarrier = {
    send: (text) => port.postMessage(text),
    onMessage: (listener) => port.addEventListener('message', (event) => typeof event.data === 'string' && listener(event.data)),
    onClose: (listener) => void closeListeners.push(listener),
    close: () => port.close(),
  };
  port.start();
  return carrier;
}

/** Resolves once the socket is open; rejects if it cannot open. */
export function openDevHostSocket(): Promise<MessageCarrier> {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  const socket = new WebSocket(`${scheme}://${window.location.host}/core`);
  return new Promise((resolve, reject) => {
    socket.addEventListener('error', () => reject(new Error('desk core not reachable')), { once: true });
    socket.addEventListener(
      'open',
      () =>
        resolve({
          send: (text) => socket.send(text),
          onMessage: (listener) => socket.addEventListener('message', (event) => typeof event.data === 'string' && listener(event.data)),
          onClose: (listener) => socket.addEventListener('close', () => listener()),
          close: () => socket.close(),
        }),
      { once: true },
    );
  });
}
