/**
 * The settings the core runs on: loaded and checked once at start (ignored keys logged for IT),
 * changed only through here so the file and every renderer stay in step. What the machine
 * policy sets is shown but cannot be changed from the desk.
 */
import { ContractFailure } from '../../shared/contract/result.js';
import type { DeviceChoice, DeviceRole } from '../../shared/contract/devices.js';
import type { Locale, SettingsSnapshot } from '../../shared/contract/settings.js';
import type { Logger } from '../core/logger.js';
import { loadDeskSettings, type DeskSettings, type LoadedSettings } from './desk-settings.js';
import type { MachinePolicy } from './machine-policy.js';
import type { SettingsSource } from './settings-source.js';

export class DeskSettingsService {
  private loaded: LoadedSettings;
  private readonly listeners = new Set<(snapshot: SettingsSnapshot) => void>();

  constructor(
    private readonly source: SettingsSource,
    log: Logger,
    policy: MachinePolicy = { values: {}, problems: [], location: '' },
  ) {
    this.loaded = loadReadable(source, policy);
    for (const { path, reason } of this.loaded.ignored) {
      log.warn('setting ignored, default used', { path, reason, file: source.location, policy: policy.location });
    }
  }

  get current(): DeskSettings {
    return this.loaded.settings;
  }

  snapshot(): SettingsSnapshot {
    const { locale, shortcuts } = this.loaded.settings;
    return { locale, ignored: this.loaded.ignored, lockedByPolicy: this.loaded.lockedByPolicy, shortcuts };
  }

  setLocale(locale: Locale): void {
    this.write('locale', locale, { ...this.loaded.settings, locale });
    const snapshot = this.snapshot();
    for (const listener of this.listeners) listener(snapshot);
  }

  /** Keeps an audio device choice (null: the system default); the caller tells the renderers. */
  setDevice(role: DeviceRole, choice: DeviceChoice | null): void {
    this.write(`devices.${role}`, choice, { ...this.loaded.settings, devices: { ...this.loaded.settings.devices, [role]: choice } });
  }

  /** A value the agent chose from the desk: refused where IT's policy fixes it; a valid value clears its old complaint. */
  private write(path: string, value: unknown, settings: DeskSettings): void {
    if (this.loaded.lockedByPolicy.includes(path)) throw new ContractFailure('lockedByPolicy', 'settings.errors.lockedByPolicy');
    this.source.set(path, value);
    this.loaded = { ...this.loaded, settings, ignored: this.loaded.ignored.filter((i) => i.path !== path) };
  }

  onChange(listener: (snapshot: SettingsSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** A settings file that cannot even be read (not JSON, no permission) still lets the desk start. */
function loadReadable(source: SettingsSource, policy: MachinePolicy): LoadedSettings {
  let raw: Record<string, unknown> = {};
  const unreadable = [];
  try {
    raw = source.readAll();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    unreadable.push({ path: '(file)', reason: `the file could not be read, so every setting has its default (${detail})` });
  }
  const loaded = loadDeskSettings(raw, policy.values);
  return { ...loaded, ignored: [...unreadable, ...policy.problems, ...loaded.ignored] };
}
