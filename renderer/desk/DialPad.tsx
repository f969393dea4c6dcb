/**
 * Calling out, keyboard first: Alt+D lands in the number field, type or paste a number in any
 * usual form, Enter calls it. A number the core refuses is explained under the field; a call
 * that did not go through is explained below it, in words, with the SIP status for support.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError } from '../../shared/contract/index.js';
import { translateMessageKey } from '../i18n/message-key.js';
import { dismissCallFailure, selectCurrentCall, selectLastFailure, usePhone } from '../phone/index.js';
import { dialNumber } from './desk-actions.js';
import { useLink } from './link-context.js';
import { useShortcutKeys } from './shortcut-keys.js';
import { DIAL_INPUT_ID } from './use-desk-shortcuts.js';

export function DialPad() {
  const { t, i18n } = useTranslation('phone');
  const link = useLink();
  const [number, setNumber] = useState('');
  const focusKeys = useShortcutKeys().focusDial;
  const [refusal, setRefusal] = useState<ContractError | null>(null);
  const [sending, setSending] = useState(false);
  const onCall = usePhone((state) => selectCurrentCall(state)?.state === 'active');
  const titleId = useId();
  const noteId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    setSending(true);
    const refused = await dialNumber(link, number);
    setSending(false);
    setRefusal(refused);
    if (!refused) setNumber('');
  };

  return (
    <section className="side-panel dial-pad" data-testid="dial-pad" aria-labelledby={titleId}>
      <h2 id={titleId} className="side-panel__title">
        {t('dial.title')} <kbd className="side-panel__keys">{focusKeys}</kbd>
      </h2>
      <form className="dial-pad__form" onSubmit={(event) => void submit(event)}>
        <label htmlFor={DIAL_INPUT_ID} className="visually-hidden">
          {t('dial.label')}
        </label>
        <input
          id={DIAL_INPUT_ID}
          className="dial-pad__input"
          type="tel"
          inputMode="tel"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('dial.placeholder')}
          value={number}
          aria-invalid={refusal !== null}
          aria-describedby={noteId}
          aria-keyshortcuts={focusKeys}
          data-testid="dial-input"
          onChange={(event) => {
            setNumber(event.target.value);
            setRefusal(null);
          }}
        />
        <button type="submit" className="button button--call" disabled={sending} data-testid="dial-button">
          {t('dial.call')}
        </button>
      </form>
      {refusal ? (
        <p id={noteId} className="dial-pad__error" role="alert" data-testid="dial-error">
          {translateMessageKey(i18n, refusal.messageKey)}
        </p>
      ) : (
        <p id={noteId} className="dial-pad__hint">
          {onCall ? t('dial.holdsCurrent') : t('dial.hint')}
        </p>
      )}
      <CallFailure />
    </section>
  );
}

function CallFailure() {
  const { t } = useTranslation('phone');
  const failed = usePhone(selectLastFailure);
  if (!failed) return null;
  const { reason, statusCode } = failed.failure;
  return (
    <div className="call-failure" data-testid="call-failure" data-reason={reason} data-status={statusCode}>
      <p className="call-failure__title">{t('failure.title', { number: failed.number })}</p>
      <p className="call-failure__reason" data-testid="call-failure-reason">
        {t(`failure.${reason}`)}
      </p>
      <p className="call-failure__code">{t('failure.code', { code: statusCode })}</p>
      <button type="button" className="button button--quiet" onClick={() => dismissCallFailure()}>
        {t('failure.dismiss')}
      </button>
    </div>
  );
}
