/**
 * The agent's calls at a glance: each with its state (ringing, calling, connected, on hold),
 * how long it has waited or lasted, and the one action it most likely needs.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Call } from '../../shared/contract/index.js';
import { selectCallerFor, selectCallList, usePhone } from '../phone/index.js';
import { countsFrom, listedState, partyLabel } from './call-party.js';
import { answerCall, setCallHeld } from './desk-actions.js';
import { useLink } from './link-context.js';
import { formatElapsed } from './time-format.js';
import { useNow } from './use-now.js';

export function CallList() {
  const { t } = useTranslation('phone');
  const calls = usePhone(useShallow(selectCallList));
  const now = useNow(calls.length > 0);
  const titleId = useId();
  return (
    <section className="side-panel call-list" data-testid="call-list" aria-labelledby={titleId}>
      <h2 id={titleId} className="side-panel__title">
        {t('callList.title')}
        {calls.length > 0 && <span className="call-list__count">{calls.length}</span>}
      </h2>
      {calls.length === 0 ? (
        <p className="side-panel__empty">{t('callList.empty')}</p>
      ) : (
        <ul className="call-list__items">
          {calls.map((call) => (
            <CallListItem key={call.callId} call={call} now={now} />
          ))}
        </ul>
      )}
    </section>
  );
}

function CallListItem({ call, now }: { call: Call; now: number }) {
  const { t } = useTranslation('phone');
  const link = useLink();
  const identified = usePhone(selectCallerFor(call.callId));
  const state = listedState(call);
  const elapsed = formatElapsed(now - countsFrom(call));
  return (
    <li className={`call-list__item call-list__item--${state}`} data-testid="call-list-item" data-call-id={call.callId} data-state={state}>
      <span className="call-list__dot" aria-hidden="true" />
      <div className="call-list__text">
        <span className="call-list__party">{partyLabel(t, call, identified)}</span>
        <span className="call-list__state">
          {t(`callList.${state}`)} · <time>{state === 'ringing' ? t('callList.waitingFor', { time: elapsed }) : elapsed}</time>
        </span>
      </div>
      {(state === 'ringing' || state === 'waiting') && (
        <button type="button" className="button button--small button--answer" data-testid="call-list-answer" onClick={() => void answerCall(link, call.callId)}>
          {t('callList.answer')}
        </button>
      )}
      {state === 'held' && (
        <button type="button" className="button button--small button--resume" data-testid="call-list-resume" onClick={() => void setCallHeld(link, call.callId, false)}>
          {t('callList.resume')}
        </button>
      )}
    </li>
  );
}
