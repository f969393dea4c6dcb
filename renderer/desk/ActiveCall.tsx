/** The call the agent is on: who it is, how long it has lasted, and the way to end it. */
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Call } from '../../shared/contract/index.js';
import { callerCardFor, selectCallerFor, usePhone } from '../phone/index.js';
import { CallerCard } from './CallerCard.js';
import { hangUpCall } from './desk-actions.js';
import { useLink } from './link-context.js';
import { ShortcutButton } from './ShortcutButton.js';
import { deskShortcuts } from './shortcuts.js';
import { formatElapsed } from './time-format.js';
import { useNow } from './use-now.js';

export function ActiveCall({ call }: { call: Call }) {
  const { t } = useTranslation('phone');
  const link = useLink();
  const identified = usePhone(selectCallerFor(call.callId));
  const connected = call.state === 'active' && call.answeredAt !== undefined;
  const now = useNow(connected);
  const titleId = useId();
  const hangUp = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // Answering removes the focused Answer button; put a keyboard user on Hang up instead of the
    // page top. Focus elsewhere (a note being typed) is left alone.
    if (document.activeElement === null || document.activeElement === document.body) hangUp.current?.focus();
  }, []);

  return (
    <section className="call-panel call-panel--active" data-testid="active-call" data-state={call.state} aria-labelledby={titleId}>
      <header className="call-panel__header">
        <h2 id={titleId}>{t('active.title')}</h2>
        <span className="call-panel__meta call-panel__timer">
          {connected ? (
            <>
              <span className="label">{t('active.elapsed')}</span>{' '}
              <time data-testid="call-elapsed">{formatElapsed(now - (call.answeredAt ?? now))}</time>
            </>
          ) : (
            t('active.connecting')
          )}
        </span>
      </header>
      <CallerCard card={callerCardFor(call, identified)} />
      <div className="call-panel__actions">
        <ShortcutButton
          ref={hangUp}
          className="button button--hang-up"
          data-testid="hang-up-button"
          shortcut={deskShortcuts.hangUpCall}
          onClick={() => void hangUpCall(link, call.callId)}
        >
          {t('active.hangUp')}
        </ShortcutButton>
      </div>
    </section>
  );
}
