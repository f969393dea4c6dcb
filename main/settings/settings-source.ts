/**
 * Where settings live: electron-store in the app, conf in the dev host (the library electron-store
 * is built on), a plain object in tests. The core validates what it reads; sources only store.
 */
export interface SettingsSource {
  /** Everything in the settings file, unvalidated. */
  readAll(): Record<string, unknown>;
  set(key: string, value: unknown): void;
  /** Shown to IT in messages about ignored settings. */
  readonly location: string;
}
