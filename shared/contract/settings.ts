/** What the renderer may read and change of the desk's settings. */
import { z } from 'zod';
import { request } from './define.js';
import { shortcutSettingsSchema } from './shortcuts.js';

export const localeSchema = z.enum(['sv', 'da', 'en']);
export type Locale = z.infer<typeof localeSchema>;

export const ignoredSettingSchema = z.object({
  /** Dotted path in the settings file, e.g. "sip.server". */
  path: z.string(),
  /** Validation message in English; the path is what the agent or IT needs. */
  reason: z.string(),
});
export type IgnoredSetting = z.infer<typeof ignoredSettingSchema>;

export const settingsSnapshotSchema = z.object({
  locale: localeSchema,
  /** Settings found in the file but not used, so the UI can say which. */
  ignored: z.array(ignoredSettingSchema),
  /** Settings IT fixed in the machine policy: shown, not changeable from the desk. */
  lockedByPolicy: z.array(z.string()),
  /** The keyboard shortcuts from settings (`shortcuts.*`), checked and in canonical form. */
  shortcuts: shortcutSettingsSchema,
});
export type SettingsSnapshot = z.infer<typeof settingsSnapshotSchema>;

export const settingsRequests = {
  'settings.getSnapshot': request(z.object({}).strict(), settingsSnapshotSchema),
  'settings.setLocale': request(z.object({ locale: localeSchema }).strict(), z.object({}).strict()),
};

export const settingsEvents = {
  'settings.changed': settingsSnapshotSchema,
};
