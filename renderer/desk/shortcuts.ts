/**
 * The desk's keyboard shortcuts: key combinations from settings (`shortcuts.*`, checked by the
 * core; the defaults when absent) matched against key presses. Keys are matched by physical
 * position (`code`), so Alt+A is the same key on Swedish, Danish and US layouts. "?" opens the
 * list of shortcuts; it is fixed, and only acts outside text fields.
 */
import { shortcutActions, type ShortcutAction, type ShortcutSettings } from '../../shared/contract/index.js';

export type { ShortcutAction } from '../../shared/contract/index.js';

export interface Shortcut {
  /** KeyboardEvent.code, e.g. "KeyA", "Digit1", "F9". */
  code: string;
  alt?: boolean;
  ctrl?: boolean;
  shift?: boolean;
}

type KeyEventLike = Pick<KeyboardEvent, 'code' | 'altKey' | 'ctrlKey' | 'shiftKey' | 'metaKey'>;

/** "Control+Shift+1" (the canonical form settings hold) as the key it names; null for anything else. */
export function shortcutFromAccelerator(accelerator: string): Shortcut | null {
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  const code = /^[A-Z]$/.test(key) ? `Key${key}` : /^[0-9]$/.test(key) ? `Digit${key}` : /^F([1-9]|1[0-2])$/.test(key) ? key : null;
  if (!code) return null;
  return { code, alt: parts.includes('Alt'), ctrl: parts.includes('Control'), shift: parts.includes('Shift') };
}

export function matchesShortcut(event: KeyEventLike, shortcut: Shortcut): boolean {
  return (
    event.code === shortcut.code &&
    event.altKey === (shortcut.alt ?? false) &&
    event.ctrlKey === (shortcut.ctrl ?? false) &&
    event.shiftKey === (shortcut.shift ?? false) &&
    !event.metaKey
  );
}

export function shortcutActionFor(event: KeyEventLike, keys: ShortcutSettings): ShortcutAction | null {
  for (const action of shortcutActions) {
    const shortcut = shortcutFromAccelerator(keys[action]);
    if (shortcut && matchesShortcut(event, shortcut)) return action;
  }
  return null;
}

/** "?" asks for the list of shortcuts, unless the agent is typing (a note, a number). */
export function isHelpKey(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>, typing: boolean): boolean {
  return event.key === '?' && !event.altKey && !event.ctrlKey && !event.metaKey && !typing;
}
