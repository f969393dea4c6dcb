/** Swedish, Danish or English: switches the screen at once and has the core remember it. */
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { locales } from '../i18n/i18n.js';
import { changeLocale } from './desk-actions.js';
import { LinkContext } from './link-context.js';
import { useSettingsMirror } from './settings-mirror.js';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  // Usable before the core answers too: the choice is then only on screen until it connects.
  const link = useContext(LinkContext);
  const locked = useSettingsMirror((state) => state.snapshot?.lockedByPolicy.includes('locale') ?? false);
  return (
    <div
      className="language-switch"
      role="group"
      aria-label={t('language.label')}
      title={locked ? t('language.lockedByPolicy') : undefined}
      data-testid="language-switch"
    >
      {locales.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          className="language-switch__option"
          aria-pressed={i18n.resolvedLanguage === locale}
          disabled={locked}
          aria-label={t(`language.${locale}`)}
          onClick={() => void changeLocale(i18n, link, locale)}
        >
          {locale.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
