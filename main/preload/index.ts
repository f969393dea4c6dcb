/**
 * The window's preload: fetches the page's MessagePort to the core from main and hands it to the
 * page (Electron's pattern for ports under context isolation). It exposes nothing else: the page
 * gets no IPC, no Node and no Electron API, only the port its contract link speaks over.
 * Sandboxed preloads must be CommonJS and may require only 'electron'.
 */
import { ipcRenderer } from 'electron';

ipcRenderer.on('careline:port', (event) => {
  const [port] = event.ports;
  if (port) window.postMessage('careline:core-port', window.location.origin, [port]);
});

// After 'load' the page's scripts have run, so its listener for the port is in place.
window.addEventListener('load', () => ipcRenderer.send('careline:connect'), { once: true });
