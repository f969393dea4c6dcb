/**
 * The tray icon: the agent's state at a glance (icon and tooltip), and a menu to show the desk,
 * go Ready or Not ready, or quit. What it shows comes from tray-view.ts, where it is tested.
 */
import { Menu, nativeImage, Tray } from 'electron';
import { join } from 'node:path';
import type { DeskCore, Logger } from '../core/desk-core.js';
import type { DesktopTexts } from '../desktop/desktop-texts.js';
import { trayView } from '../desktop/tray-view.js';

export interface DeskTrayOptions {
  core: DeskCore;
  texts: DesktopTexts;
  /** Folder of the icons (assets/tray); Electron takes the @2x file on high-density screens. */
  iconDir: string;
  showWindow: () => void;
  quit: () => void;
  log: Logger;
}

export function createDeskTray({ core, texts, iconDir, showWindow, quit, log }: DeskTrayOptions): Tray {
  const view = () => trayView(core.shell.agentStatus(), texts);
  const tray = new Tray(nativeImage.createFromPath(join(iconDir, `${view().icon}.png`)));
  const choose = (state: 'ready' | 'notReady') => {
    try {
      core.shell.chooseAgentState(state);
    } catch (error) {
      // Refused (no phone, devices unchecked): the desk's own screen says why.
      log.warn('tray state change refused', { state, error: String(error) });
      showWindow();
    }
  };
  const draw = () => {
    const { icon, texts: words, readyEnabled, notReadyEnabled } = view();
    tray.setImage(nativeImage.createFromPath(join(iconDir, `${icon}.png`)));
    tray.setToolTip(words.tooltip);
    tray.setContextMenu(
      Menu.buildFromTemplate([
        { label: words.show, click: showWindow },
        { type: 'separator' },
        { label: words.ready, enabled: readyEnabled, click: () => choose('ready') },
        { label: words.notReady, enabled: notReadyEnabled, click: () => choose('notReady') },
        { type: 'separator' },
        { label: words.quit, click: quit },
      ]),
    );
  };
  tray.on('click', showWindow);
  core.shell.onEvent((event) => {
    if (event.type === 'agentChanged' || event.type === 'localeChanged') draw();
  });
  draw();
  return tray;
}
