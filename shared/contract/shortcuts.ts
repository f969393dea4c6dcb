/**
 * The desk's configurable keyboard shortcuts: the actions, their defaults, and the key
 * combinations settings may give them ("Alt+A", "Control+Shift+1", "F9"), written the way
 * Electron's accelerators and `aria-keyshortcuts` write them, so one string serves the settings
 * file, the buttons and assistive technology.
 */
import { z } from 'zod';

export const shortcutActions = ['answerCall', 'hangUpCall', 'holdCall', 'muteCall', 'focusDial', 'ready', 'notReady', 'focusKnowledge', 'focusCaseForm'] as const;
export type ShortcutAction = (typeof shortcutActions)[number];
export type ShortcutSettings = Record<ShortcutAction, string>;

export const defaultShortcuts: ShortcutSettings = {
  answerCall: 'Alt+A',
  hangUpCall: 'Alt+E',
  holdCall: 'Alt+H',
  muteCall: 'Alt+M',
  focusDial: 'Alt+D',
  ready: 'Alt+R',
  notReady: 'Alt+N',
  focusKnowledge: 'Alt+K',
  focusCaseForm: 'Alt+C',
};

const modifierNames: Record<string, 'Control' | 'Alt' | 'Shift'> = { control: 'Control', ctrl: 'Control', alt: 'Alt', shift: 'Shift' };
const modifierOrder = ['Control', 'Alt', 'Shift'] as const;

/**
 * The canonical form of a key combination, or null when it is not one the desk accepts: one key
 * (a letter, a digit or F1-F12) after any of Control, Alt and Shift, each at most once. A letter
 * or digit needs Alt or Control, so typing a name or a number can never set a shortcut off.
 */
export function normaliseAccelerator(text: string): string | null {
  const parts = text.split('+').map((part) => part.trim());
  const key = parts.pop()?.toUpperCase() ?? '';
  const modifiers = new Set<string>();
  for (const part of parts) {
    const modifier = modifierNames[part.toLowerCase()];
    if (!modifier || modifiers.has(modifier)) return null;
    modifiers.add(modifier);
  }
  const functionKey = /^F([1-9]|1[0-2])$/.test(key);
  if (!functionKey && !/^[A-Z0-9]$/.test(key)) return null;
  if (!functionKey && !modifiers.has('Alt') && !modifiers.has('Control')) return null;
  return [...modifierOrder.filter((m) => modifiers.has(m)), key].join('+');
}

export const acceleratorSchema = z
  .string()
  .max(40)
  .refine((text) => normaliseAccelerator(text) !== null, 'must be a key combination such as Alt+A or F9 (a letter or digit needs Alt or Control)')
  .transform((text) => normaliseAccelerator(text) ?? text);

export const shortcutSettingsSchema = z.object(
  Object.fromEntries(shortcutActions.map((action) => [action, z.string()])) as Record<ShortcutAction, z.ZodString>,
);
