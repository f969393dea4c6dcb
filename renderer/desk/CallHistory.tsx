/**
 * "Recent calls": the agent's last calls from the call records, newest first, with direction,
 * time, who it was and what became of it; a missed call stands out so it can be called back.
 */
import type { TFunction } from 'i18next';
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallHistoryEntry } from '../../shared/contract/index.js';
import { startCallHistorySync, useCallHistoryMirror } from './call-history-mirror.js';
import { CallNumberButton } from './CallNumberButton.js';
import { useLink } from './link-context.js';
import { formatElapsed } from './time-format.js';
import { dateTimeFormat } from '../i18n/intl-cache.js';

export function CallHistory() {
  const { t } = useTranslation('phone');
  const link = useLink();
  useEffect(() => startCallHistorySync(link), [link]);
  const calls = useCallHistoryMirror((state) => state.calls);
  const titleId = useId();
  return (
    <section className="side-panel call-history" data-testid="call-history" aria-labelledby={titleId}>
      <h2 id={titleId} className="side-panel__title">
        {t('callHistory.title')}
      </h2>
      {calls === null ? (
        <p className="side-panel__empty">{t('callHistory.unavailable')}</p>
      ) : calls.length === 0 ? (
        <p className="side-panel__empty">{t('callHistory.empty')}</p>
      ) : (
        <ul className="call-history__items">
          {calls.map((entry) => (
            <CallHistoryItem key={entry.callId} entry={entry} />
          ))}
        </ul>
      )}
    </section>
  );
}

function CallHistoryItem({ entry }: { entry: CallHistoryEntry }) {
  const { t, i18n } = useTranslation('phone');
  const missed = entry.outcome === 'missed';
  const when = new Date(entry.offeredAt);
  const sameDay = when.toDateString() === new Date().toDateString();
  const time = dateTimeFormat(i18n.language, sameDay ? { timeStyle: 'short' } : { dateStyle: 'short', timeStyle: 'short' }).format(when);
  // Never for a protected caller; their number does not reach the page anyway.
  const callBack = !entry.protectedCaller && entry.number?.display ? entry.number.display : null;
  const lasted = entry.answeredAt !== undefined && entry.endedAt !== undefined ? formatElapsed(entry.endedAt - entry.answeredAt) : undefined;
  return (
    <li
      className={`call-history__item call-history__item--${entry.outcome}`}
      data-testid="call-history-item"
      data-call-id={entry.callId}
      data-outcome={entry.outcome}
    >
      <div className="call-history__text">
        <span className="call-history__party">
          {callBack && !entry.citizenName ? <CallNumberButton number={callBack} dial={entry.number?.e164} testId="call-history-call" /> : partyOf(t, entry)}
        </span>
        {callBack && entry.citizenName && <CallNumberButton number={callBack} dial={entry.number?.e164} testId="call-history-call" />}
        <span className="call-history__meta">
          {t(`callHistory.direction.${entry.direction}`)} · <time dateTime={when.toISOString()}>{time}</time>
          {lasted !== undefined && <> · {lasted}</>}
        </span>
      </div>
      {missed ? (
        <strong className="call-history__outcome call-history__outcome--missed">{t('callHistory.outcome.missed')}</strong>
      ) : (
        <span className="call-history__outcome">{t(`callHistory.outcome.${entry.outcome}`)}</span>
      )}
    </li>
  );
}

function partyOf(t: TFunction<'phone'>, entry: CallHistoryEntry): string {
  if (entry.protectedCaller) return t('callList.protected');
  if (entry.citizenName) return entry.citizenName;
  return entry.number?.display || t('callList.unknownNumber');
}
