/**
 * Hands each page of the desk its own MessagePort to the core. The page's preload asks with
 * 'careline:connect' (again after every reload); main checks the asker is the app's own top
 * frame, then gives the core one end and the page the other. Nothing else crosses IPC.
 */
import { ipcMain, MessageChannelMain, type MessagePortMain } from 'electron';
import type { DeskCore, Logger } from '../core/desk-core.js';
import type { MessageCarrier } from '../../shared/messaging/carrier.js';
import { appOrigin } from './secure-window.js';

function portCarrier(port: MessagePortMain): MessageCarrier {
  const closeListeners: (() => void)[] = [];
  let closed = false;
  // MessagePortMain reports only the far end closing; a local close() must be announced too.
  const markClosed = () => {
    if (closed) return;
    closed = true;
    closeListeners.forEach((listener) => listener());
  };
  port.on('close', markClosed);
  return {
    send: (text) => port.postMessage(text),
    onMessage: (listener) =>
      void port.on('message', (event) => {
        if (typeof event.data === 'string') listener(event.data);
      }),
    onClose: (listener) => void closeListeners.push(listener),
    close() {
      port.close();
      markClosed();
    },
  };
}

export function connectRenderers(core: Pick<DeskCore, 'attachRenderer'>, log: Logger): void {
  ipcMain.on('careline:connect', (event) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !frame.url.startsWith(`${appOrigin}/`)) {
      log.warn('renderer connection refused', { reason: frame ? 'not the app frame' : 'frame gone' });
      return;
    }
    const { port1, port2 } = new MessageChannelMain();
    core.attachRenderer(portCarrier(port1));
    port1.start();
    frame.postMessage('careline:port', null, [port2]);
  });
}
