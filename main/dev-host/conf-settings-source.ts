/**
 * The settings file behind the core's SettingsSource, through `conf` (dev host) or its Electron
 * subclass `electron-store` (app). No schema here: the core validates, so a bad value is reported
 * by name instead of making the store refuse the whole file.
 */
import type Conf from 'conf';
import type { SettingsSource } from '../settings/settings-source.js';

/** The file exists but is not JSON: nothing in it can be used, and IT must be told where it is. */
export class SettingsFileUnreadable extends Error {
  constructor(readonly location: string, cause: unknown) {
    super(`The settings file ${location} is not valid JSON`, { cause });
    this.name = 'SettingsFileUnreadable';
  }
}

/**
 * `open` is called on first use, and again after a failure, because conf reads the file in its
 * constructor and throws there when the file is not JSON; fixing the file then needs no restart.
 */
export function confSettingsSource(open: () => Conf<Record<string, unknown>>, location: string): SettingsSource {
  let store: Conf<Record<string, unknown>> | undefined;
  const use = <T>(action: (opened: Conf<Record<string, unknown>>) => T): T => {
    try {
      store ??= open();
      return action(store);
    } catch (error) {
      throw error instanceof SyntaxError ? new SettingsFileUnreadable(location, error) : error;
    }
  };
  return {
    location,
    readAll: () => use((opened) => opened.store),
    set: (key, value) => use((opened) => opened.set(key, value)),
  };
}
