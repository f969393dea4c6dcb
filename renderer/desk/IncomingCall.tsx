/**
 * A ringing call: who is calling, how long they have waited, and the way to answer. During a
 * call it is the waiting call: answering it puts the current one on hold (the core does that).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Call } from '../../shared/contract/index.js';
import { selectCallerFor, usePhone } from '../phone/index.js';
import { CallerCard } from './caller/CallerCard.js';
import { useCallerCard } from './caller/use-caller-card.js';
import { cardOpenCases } from './case-form/CardOpenCases.js';
import { answerCall } from './desk-actions.js';
import { useLink } from './link-context.js';
import { useCardShownReport } from './use-card-shown-report.js';
import { ShortcutButton } from './ShortcutButton.js';
import { formatElapsed } from './time-format.js';
import { useNow } from './use-now.js';

/** `answersByShortcut`: this is the call Alt+A answers (the one that has waited longest). */
export function IncomingCall({ call, answersByShortcut, onCall }: { call: Call; answersByShortcut: boolean; onCall: boolean }) {
  const { t } = useTranslation('phone');
  const link = useLink();
  useCardShownReport(link, call.callId);
  const identified = usePhone(selectCallerFor(call.callId));
  const card = useCallerCard(call, identified);
  const now = useNow();
  const titleId = useId();
  const answering = call.state === 'answering';
  return (
    <section
      className={`call-panel call-panel--ringing${onCall ? ' call-panel--waiting' : ''}`}
      data-testid="incoming-call"
      data-call-id={call.callId}
      aria-labelledby={titleId}
    >
      <header className="call-panel__header">
        <span className="ring-indicator" aria-hidden="true" />
        <h2 id={titleId}>{t('incoming.title')}</h2>
        <span className="call-panel__meta">
          {t('incoming.dialled', { dialled: call.dialled })} ·{' '}
          <span data-testid="waiting-time">{t('incoming.waiting', { time: formatElapsed(now - call.offeredAt) })}</span>
        </span>
      </header>
      <CallerCard card={card} callId={call.callId} openCases={cardOpenCases} />
      <div className="call-panel__actions">
        {onCall && (
          <p className="call-panel__hint" data-testid="answer-holds-current">
            {t('incoming.holdsCurrent')}
          </p>
        )}
        <ShortcutButton
          className="button button--answer"
          data-testid="answer-button"
          shortcut="answerCall"
          showShortcut={answersByShortcut && !answering}
          disabled={answering}
          onClick={() => void answerCall(link, call.callId)}
        >
          {answering ? t('incoming.answering') : t('incoming.answer')}
        </ShortcutButton>
      </div>
    </section>
  );
}
