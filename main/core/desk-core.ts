/**
 * The desk's core: phone, screen-pop, data and settings wired together, with no Electron and no
 * DOM. The Electron shell and the dev host start it the same way and hand it each renderer
 * connection as a MessageCarrier.
 */
import type { MessageCarrier } from '../../shared/messaging/carrier.js';
import type { SettingsSource } from '../settings/settings-source.js';

export interface DeskCoreOptions {
  /** Folder for the embedded database and drafts (the user data folder in Electron). */
  dataDir: string;
  settings: SettingsSource;
  log: Logger;
}

/** Logs carry no personal data: call ids, states and codes only. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export interface DeskCore {
  /** Serve one renderer (a window, or a browser tab through the dev host) until the carrier closes. */
  attachRenderer(carrier: MessageCarrier): void;
  stop(): Promise<void>;
}

export declare function startDeskCore(options: DeskCoreOptions): Promise<DeskCore>;
