/**
 * The desk's one window and the rules every web page in the app lives under: sandboxed, isolated,
 * no Node, no navigation away from the app, no new windows. The one kind of link to the outside
 * world it has ("open in the care system", built by the core from IT's template) goes to the
 * system's browser, never into a window of the app.
 */
import { app, BrowserWindow, shell, type WebContents, type WebPreferences } from 'electron';
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
export function lockDownWebContents(contents: WebContents, opensInBrowser: (url: string) => boolean): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (opensInBrowser(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
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
  reloadAfterCrash(window);
  void window.loadURL(`${appOrigin}/index.html`);
  return window;
}

/**
 * The core keeps every call when the page dies and renegotiates media with the page that comes
 * back, so a crashed page is simply loaded again; a page that keeps crashing is left alone.
 */
function reloadAfterCrash(window: BrowserWindow, maxPerMinute = 3): void {
  const crashes: number[] = [];
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    const now = Date.now();
    crashes.push(now);
    while (crashes.length > 0 && now - (crashes[0] ?? now) > 60_000) crashes.shift();
    if (crashes.length <= maxPerMinute) window.webContents.reload();
  });
}
