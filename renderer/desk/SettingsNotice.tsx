/** Says which settings the core ignored and used defaults for, until the agent dismisses it. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { dismissIgnoredSettings, selectVisibleIgnoredSettings, useSettingsMirror } from './settings-mirror.js';

export function SettingsNotice() {
  const { t } = useTranslation();
  const ignored = useSettingsMirror(selectVisibleIgnoredSettings);
  const titleId = useId();
  if (!ignored) return null;
  return (
    <section className="notice notice--warning" data-testid="settings-notice" aria-labelledby={titleId}>
      <div className="notice__body">
        <h2 id={titleId} className="notice__title">
          {t('settingsNotice.title')}
        </h2>
        <p>{t('settingsNotice.body')}</p>
        <ul className="notice__list">
          {ignored.map((setting) => (
            <li key={setting.path}>
              <code>{setting.path}</code> – {setting.reason}
            </li>
          ))}
        </ul>
      </div>
      <button type="button" className="button button--quiet" onClick={() => dismissIgnoredSettings()}>
        {t('settingsNotice.dismiss')}
      </button>
    </section>
  );
}
