/**
 * A dev-host WebSocket seen as a MessageCarrier, so the core serves a browser tab exactly as it
 * serves an Electron window. Text frames only: the contract is JSON text, anything else is refused.
 */
import type { WebSocket } from 'ws';
import type { MessageCarrier } from '../../shared/messaging/carrier.js';

/** RFC 6455 close code for "received a type of data it cannot accept". */
const unsupportedData = 1003;

export function websocketCarrier(socket: WebSocket): MessageCarrier {
  return {
    send(text) {
      if (socket.readyState === socket.OPEN) socket.send(text);
    },
    onMessage(listener) {
      socket.on('message', (data, isBinary) => {
        if (isBinary) socket.close(unsupportedData, 'text frames only');
        else listener(data.toString());
      });
    },
    onClose(listener) {
      socket.once('close', () => listener());
    },
    close() {
      socket.close();
    },
  };
}
