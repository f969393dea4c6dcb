/**
 * Hunt-group callers waiting while the agent is busy: who, and for how long, oldest first, so the
 * agent sees the queue build up during a call. The oldest rings by itself when the agent is free;
 * one can also be taken at once, which holds the current call.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Call } from '../../shared/contract/index.js';
import { selectCallerFor, selectWaitingCalls, usePhone } from '../phone/index.js';
import { partyLabel } from './call-party.js';
import { answerCall } from './desk-actions.js';
import { useLink } from './link-context.js';
import { formatElapsed } from './time-format.js';
import { useNow } from './use-now.js';

export function WaitingCalls() {
  const { t } = useTranslation('phone');
  const waiting = usePhone(useShallow(selectWaitingCalls));
  const now = useNow(waiting.length > 0);
  const titleId = useId();
  if (waiting.length === 0) return null;
  return (
    <section className="waiting-calls" data-testid="waiting-calls" aria-labelledby={titleId}>
      <h2 id={titleId} className="waiting-calls__title">
        {t('waitingCalls.title', { count: waiting.length })}
      </h2>
      <ol className="waiting-calls__items">
        {waiting.map((call) => (
          <WaitingCall key={call.callId} call={call} now={now} />
        ))}
      </ol>
    </section>
  );
}

function WaitingCall({ call, now }: { call: Call; now: number }) {
  const { t } = useTranslation('phone');
  const link = useLink();
  const identified = usePhone(selectCallerFor(call.callId));
  const party = partyLabel(t, call, identified);
  return (
    <li className="waiting-calls__item" data-testid="waiting-call" data-call-id={call.callId}>
      <span className="waiting-calls__party">{party}</span>
      <time className="waiting-calls__time" data-testid="waiting-call-time">
        {formatElapsed(now - call.offeredAt)}
      </time>
      <button
        type="button"
        className="button button--small button--answer"
        data-testid="waiting-call-answer"
        aria-label={t('waitingCalls.answerCaller', { caller: party })}
        onClick={() => void answerCall(link, call.callId)}
      >
        {t('waitingCalls.answer')}
      </button>
    </li>
  );
}
