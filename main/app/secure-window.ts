/**
 * The desk's one window and the rules every web page in the app lives under: sandboxed, isolated,
 * no Node, no navigation away from the app, no new windows. Links to the outside world are not a
 * thing this window does.
 */
import { app, BrowserWindow, type WebContents, type WebPreferences } from 'electron';
import { join } from 'node:path';

export const appOrigin = 'app://careline';

export const secureWebPreferences: Readonly<WebPreferences> = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  devTools: !app.isPackaged,
  spellcheck: false,
  preload: join(app.getAppPath(), 'dist', 'preload', 'index.cjs'),
};

/** Applied to every WebContents the app ever creates, not only the main window's. */
export function lockDownWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: app.getName(),
    webPreferences: { ...secureWebPreferences },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${appOrigin}/index.html`);
  return window;
}
