/**
 * Everything of the desk that lives outside its window, wired to the core once it runs: the tray,
 * OS notifications, tel:/sip: links, a second start focusing the window, and sleep or lock making
 * the agent Not ready (away) and waking re-registering. The words follow the desk's language.
 */
import { app, Notification, powerMonitor, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { DeskCore, Logger } from '../core/desk-core.js';
import { DesktopTexts } from '../desktop/desktop-texts.js';
import { createDeskTray } from './desk-tray.js';
import { showDeskNotifications } from './desk-notifications.js';
import type { DialLinkHandler } from './dial-links.js';

export function startDesktopIntegration(core: DeskCore, window: BrowserWindow, links: DialLinkHandler, log: Logger): void {
  const texts = new DesktopTexts(core.shell.locale);
  core.shell.onEvent((event) => {
    if (event.type === 'localeChanged') texts.setLocale(event.locale);
  });
  const showWindow = () => {
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  };
  // Kept in a variable the app holds on to: a Tray that is garbage-collected disappears.
  const tray = createDeskTray({ core, texts, iconDir: join(app.getAppPath(), 'assets', 'tray'), showWindow, quit: () => app.quit(), log });
  app.once('will-quit', () => tray.destroy());
  showDeskNotifications({ core, texts, windowFocused: () => window.isFocused(), showWindow, log });
  links.ready(core, texts, showWindow, (title, body) => {
    if (Notification.isSupported()) new Notification({ title, body }).show();
  });
  // Nobody answers a sleeping or locked machine: Not ready before the next call rings there.
  powerMonitor.on('suspend', () => core.shell.suspended());
  powerMonitor.on('lock-screen', () => core.shell.suspended());
  // After sleep or a locked screen the phone server's connection may have died unnoticed.
  powerMonitor.on('resume', () => core.resumed());
  powerMonitor.on('unlock-screen', () => core.resumed());
  // A second start of the app (or a link handed to it) brings this window forward.
  app.on('second-instance', showWindow);
}
