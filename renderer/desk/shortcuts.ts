/**
 * The desk's keyboard shortcuts, all in one table so they can become a setting later. Keys are
 * matched by physical position (`code`), so Alt+A is the same key on Swedish, Danish and US layouts.
 */
export interface Shortcut {
  /** KeyboardEvent.code, e.g. "KeyA". */
  code: string;
  alt?: boolean;
  ctrl?: boolean;
  shift?: boolean;
}

export const deskShortcuts = {
  answerCall: { code: 'KeyA', alt: true },
  hangUpCall: { code: 'KeyE', alt: true },
  /** Hold the call the agent is on, or take the one in view off hold. */
  holdCall: { code: 'KeyH', alt: true },
  muteCall: { code: 'KeyM', alt: true },
  /** To the number field, to type or paste a number and call it with Enter. */
  focusDial: { code: 'KeyD', alt: true },
} satisfies Record<string, Shortcut>;

export type ShortcutAction = keyof typeof deskShortcuts;

type KeyEventLike = Pick<KeyboardEvent, 'code' | 'altKey' | 'ctrlKey' | 'shiftKey' | 'metaKey'>;

export function matchesShortcut(event: KeyEventLike, shortcut: Shortcut): boolean {
  return (
    event.code === shortcut.code &&
    event.altKey === (shortcut.alt ?? false) &&
    event.ctrlKey === (shortcut.ctrl ?? false) &&
    event.shiftKey === (shortcut.shift ?? false) &&
    !event.metaKey
  );
}

export function shortcutActionFor(event: KeyEventLike): ShortcutAction | null {
  for (const [action, shortcut] of Object.entries(deskShortcuts)) {
    if (matchesShortcut(event, shortcut)) return action as ShortcutAction;
  }
  return null;
}

/** "Alt+A": both what the button shows and the `aria-keyshortcuts` value. */
export function shortcutLabel(shortcut: Shortcut): string {
  const key = shortcut.code.replace(/^(Key|Digit)/, '');
  return [shortcut.ctrl && 'Control', shortcut.alt && 'Alt', shortcut.shift && 'Shift', key]
    .filter((part): part is string => Boolean(part))
    .join('+');
}
