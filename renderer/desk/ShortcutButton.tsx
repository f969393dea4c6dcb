/** A button that can show its keyboard shortcut, visibly and to assistive technology. */
import type { ComponentPropsWithRef } from 'react';
import { shortcutLabel, type Shortcut } from './shortcuts.js';

interface ShortcutButtonProps extends ComponentPropsWithRef<'button'> {
  shortcut: Shortcut;
  /** Off for buttons the shortcut does not reach, e.g. a second ringing call. */
  showShortcut?: boolean;
}

export function ShortcutButton({ shortcut, showShortcut = true, children, ...rest }: ShortcutButtonProps) {
  const keys = shortcutLabel(shortcut);
  return (
    <button type="button" aria-keyshortcuts={showShortcut ? keys : undefined} {...rest}>
      <span>{children}</span>
      {showShortcut && (
        <kbd className="button__keys" aria-hidden="true">
          {keys}
        </kbd>
      )}
    </button>
  );
}
