/**
 * The list of keyboard shortcuts with the keys settings give them, opened with "?" or its button.
 * A native modal dialog: it keeps focus inside and Escape closes it.
 */
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { shortcutActions } from '../../shared/contract/index.js';
import { setShortcutsHelpOpen, useShortcutKeys, useShortcutsHelpOpen } from './shortcut-keys.js';

export function ShortcutsHelp() {
  const { t } = useTranslation();
  const keys = useShortcutKeys();
  const open = useShortcutsHelpOpen();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    else if (!open && element.open) element.close();
  }, [open]);

  return (
    <>
      <button type="button" className="button button--quiet shortcuts-help__open" aria-keyshortcuts="?" data-testid="shortcuts-help-open" onClick={() => setShortcutsHelpOpen(true)}>
        {t('shortcuts.open')}
      </button>
      <dialog ref={dialog} className="shortcuts-help" data-testid="shortcuts-help" aria-labelledby={titleId} onClose={() => setShortcutsHelpOpen(false)}>
        <h2 id={titleId} className="shortcuts-help__title">
          {t('shortcuts.title')}
        </h2>
        <table className="shortcuts-help__table">
          <tbody>
            {shortcutActions.map((action) => (
              <tr key={action} data-testid={`shortcut-${action}`}>
                <th scope="row">
                  <kbd>{keys[action]}</kbd>
                </th>
                <td>{t(`shortcuts.action.${action}`)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">
                <kbd>?</kbd>
              </th>
              <td>{t('shortcuts.help')}</td>
            </tr>
          </tbody>
        </table>
        <p className="shortcuts-help__intro">{t('shortcuts.intro')}</p>
        <button type="button" className="button" onClick={() => setShortcutsHelpOpen(false)}>
          {t('shortcuts.close')}
        </button>
      </dialog>
    </>
  );
}
