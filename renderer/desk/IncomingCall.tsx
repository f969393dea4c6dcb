/** A ringing call: who is calling, and the way to answer. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Call } from '../../shared/contract/index.js';
import { callerCardFor, selectCallerFor, usePhone } from '../phone/index.js';
import { CallerCard } from './CallerCard.js';
import { answerCall } from './desk-actions.js';
import { useLink } from './link-context.js';
import { ShortcutButton } from './ShortcutButton.js';
import { deskShortcuts } from './shortcuts.js';

/** `answersByShortcut`: this is the call Alt+A answers (the one that has waited longest). */
export function IncomingCall({ call, answersByShortcut }: { call: Call; answersByShortcut: boolean }) {
  const { t } = useTranslation('phone');
  const link = useLink();
  const identified = usePhone(selectCallerFor(call.callId));
  const titleId = useId();
  return (
    <section className="call-panel call-panel--ringing" data-testid="incoming-call" aria-labelledby={titleId}>
      <header className="call-panel__header">
        <span className="ring-indicator" aria-hidden="true" />
        <h2 id={titleId}>{t('incoming.title')}</h2>
        <span className="call-panel__meta">{t('incoming.dialled', { dialled: call.dialled })}</span>
      </header>
      <CallerCard card={callerCardFor(call, identified)} />
      <div className="call-panel__actions">
        <ShortcutButton
          className="button button--answer"
          data-testid="answer-button"
          shortcut={deskShortcuts.answerCall}
          showShortcut={answersByShortcut}
          onClick={() => void answerCall(link, call.callId)}
        >
          {t('incoming.answer')}
        </ShortcutButton>
      </div>
    </section>
  );
}
