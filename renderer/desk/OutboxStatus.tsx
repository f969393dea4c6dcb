/**
 * The top bar's word on saves that have not reached the shared server yet: how many wait (they
 * go by themselves), how many the server refused, and whether the server's database is one this
 * desk must not write to (for both, someone has to look). Absent when none.
 */
import { useTranslation } from 'react-i18next';
import { selectOutboxBadge, useOutboxMirror } from './outbox-mirror.js';
import { dateTimeFormat } from '../i18n/intl-cache.js';

export function OutboxStatus() {
  const { t, i18n } = useTranslation();
  const badge = useOutboxMirror(selectOutboxBadge);
  if (!badge) return null;
  const since =
    badge.oldestSince === undefined
      ? undefined
      : dateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' }).format(badge.oldestSince);
  return (
    <div className="outbox-status" data-testid="outbox-status" role="status">
      {badge.waiting > 0 && (
        <span
          className="outbox-status__badge outbox-status__badge--waiting"
          data-testid="outbox-waiting"
          title={since && t('outbox.since', { time: since })}
        >
          {t('outbox.waiting', { count: badge.waiting })}
        </span>
      )}
      {badge.refused > 0 && (
        <span className="outbox-status__badge outbox-status__badge--refused" data-testid="outbox-refused" title={t('outbox.refusedHint')}>
          {t('outbox.refused', { count: badge.refused })}
        </span>
      )}
      {badge.schemaBlocked && (
        <span className="outbox-status__badge outbox-status__badge--blocked" data-testid="outbox-blocked" title={t('outbox.blockedHint')}>
          {t('outbox.blocked')}
        </span>
      )}
    </div>
  );
}
