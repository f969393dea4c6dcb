/**
 * The `shortcuts.*` settings: one key combination per desk action. Two actions on the same keys
 * would leave one of them unreachable, so a duplicate sends every shortcut back to its default
 * (the defaults never collide) and each line involved is reported like any other bad setting.
 */
import type { IgnoredSetting } from '../../shared/contract/settings.js';
import { acceleratorSchema, defaultShortcuts, shortcutActions, type ShortcutAction, type ShortcutSettings } from '../../shared/contract/shortcuts.js';

const field = (fallback: string) => ({ schema: acceleratorSchema, fallback });

const pathOf = (action: ShortcutAction) => `shortcuts.${action}` as const;

/** The rows desk-settings.ts adds to its table, keyed by their path in the settings file. */
export const shortcutFields = Object.fromEntries(shortcutActions.map((action) => [pathOf(action), field(defaultShortcuts[action])])) as Record<
  ReturnType<typeof pathOf>,
  ReturnType<typeof field>
>;

/** Finds shortcuts given twice; when there are any, puts every shortcut in `values` back to its default. */
export function sameShortcutTwice(values: Map<string, unknown>): IgnoredSetting[] {
  const firstAction = new Map<unknown, ShortcutAction>();
  const ignored: IgnoredSetting[] = [];
  for (const action of shortcutActions) {
    const keys = values.get(pathOf(action));
    const earlier = firstAction.get(keys);
    if (earlier === undefined) firstAction.set(keys, action);
    else ignored.push({ path: pathOf(action), reason: `must differ from ${pathOf(earlier)} (${String(keys)}); every shortcut uses its default` });
  }
  if (ignored.length > 0) for (const action of shortcutActions) values.set(pathOf(action), defaultShortcuts[action]);
  return ignored;
}

/** `values` holds every field: loadDeskSettings puts a default in for each one missing or broken. */
export function shortcutSettingsFrom(values: Map<string, unknown>): ShortcutSettings {
  return Object.fromEntries(shortcutActions.map((action) => [action, values.get(pathOf(action))])) as ShortcutSettings;
}
