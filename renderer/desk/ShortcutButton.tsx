/** A button that shows the keys of its shortcut from settings, visibly and to assistive technology. */
import type { ComponentPropsWithRef } from 'react';
import { useShortcutKeys } from './shortcut-keys.js';
import type { ShortcutAction } from './shortcuts.js';

interface ShortcutButtonProps extends ComponentPropsWithRef<'button'> {
  shortcut: ShortcutAction;
  /** Off for buttons the shortcut does not reach, e.g. a second ringing call. */
  showShortcut?: boolean;
}

export function ShortcutButton({ shortcut, showShortcut = true, children, ...rest }: ShortcutButtonProps) {
  const keys = useShortcutKeys()[shortcut];
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
