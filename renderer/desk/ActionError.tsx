/** The core's answer when an action failed, in the agent's language. */
import { useTranslation } from 'react-i18next';
import { translateMessageKey } from '../i18n/message-key.js';
import { dismissActionError, useActionError } from './action-errors.js';

export function ActionError() {
  const { t, i18n } = useTranslation();
  const error = useActionError();
  if (!error) return null;
  return (
    <div className="notice notice--error" role="alert" data-testid="action-error">
      <div className="notice__body">
        <p>
          <strong>{t('actionError.title')}</strong> {translateMessageKey(i18n, error.messageKey)}
        </p>
        {error.field && <p className="notice__detail">{t('actionError.field', { field: error.field })}</p>}
      </div>
      <button type="button" className="button button--quiet" onClick={dismissActionError}>
        {t('actionError.dismiss')}
      </button>
    </div>
  );
}
