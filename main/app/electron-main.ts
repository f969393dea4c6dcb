/**
 * The desktop app's entry point: one instance, one sandboxed window, the renderer served from
 * app://careline/, and the core (the same one the dev host runs) reached over a MessagePort.
 */
import { app, BrowserWindow, Menu, session } from 'electron';
import Store from 'electron-store';
import { join } from 'node:path';
import { startDeskCore, type DeskCore } from '../core/desk-core.js';
import { createJsonLogger } from '../core/logger.js';
import { readMachinePolicy } from '../settings/machine-policy.js';
import { confSettingsSource } from '../dev-host/conf-settings-source.js';
import { registerAppScheme, serveRenderer } from './app-protocol.js';
import { startDesktopIntegration } from './desktop-integration.js';
import { takeDialLinks, type DialLinkHandler } from './dial-links.js';
import { allowMicrophoneOnly } from './permissions.js';
import { connectRenderers } from './renderer-port.js';
import { createMainWindow, lockDownWebContents } from './secure-window.js';

const log = createJsonLogger();

// The demo (and IT, for a shared or scripted profile) can point the desk at another data folder.
const dataDirOverride = process.env['CARELINE_DATA_DIR'];
if (dataDirOverride) app.setPath('userData', dataDirOverride);

// One desk per user session: a second start (or a tel: link) focuses the first window.
let links: DialLinkHandler | undefined;
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  links = takeDialLinks(log);
  // Every renderer, not just the main window's, runs in Chromium's sandbox.
  app.enableSandbox();
  registerAppScheme();
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents, (url) => core?.shell.opensInBrowser(url) ?? false));
  void app.whenReady().then(start, (error: unknown) => fail(error));
}

let core: DeskCore | undefined;
let window: BrowserWindow | undefined;

async function start(): Promise<void> {
  try {
    const dataDir = app.getPath('userData');
    const settingsFile = join(dataDir, 'settings.json');
    const settings = confSettingsSource(
      () => new Store<Record<string, unknown>>({ name: 'settings', configFileMode: 0o600 }),
      settingsFile,
    );
    core = await startDeskCore({ dataDir, settings, policy: readMachinePolicy(), log });
    allowMicrophoneOnly(session.defaultSession, log);
    serveRenderer(join(app.getAppPath(), 'dist', 'renderer'));
    connectRenderers(core, log);
    // No menu bar: its Alt mnemonics (Alt+E for Edit) would take the desk's Alt+A / Alt+E shortcuts.
    Menu.setApplicationMenu(null);
    window = createMainWindow();
    if (links) startDesktopIntegration(core, window, links, log);
    app.on('window-all-closed', () => app.quit());
    log.info('app started', { packaged: app.isPackaged });
  } catch (error) {
    fail(error);
  }
}

function fail(error: unknown): void {
  log.error('app failed to start', { error: String(error) });
  app.exit(1);
}

let stopped = false;
app.on('will-quit', (event) => {
  if (stopped || !core) return;
  // Let the core unregister from the phone server and close the database before the process ends.
  event.preventDefault();
  stopped = true;
  void core
    .stop()
    .catch((error: unknown) => log.error('core stop failed', { error: String(error) }))
    .finally(() => app.quit());
});
