/** An article's revisions in one language, newest first, each with who wrote it, when, and what it changed. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../knowledge/article-revisions.js';
import { formatInstant } from '../../knowledge/knowledge-dates.js';
import { diffWords, type DiffPart } from '../../knowledge/text-diff.js';

export function RevisionHistory({ entries }: { entries: readonly HistoryEntry[] }) {
  const { t, i18n } = useTranslation('knowledge');
  const titleId = useId();
  if (entries.length < 2) return null;
  return (
    <details className="knowledge-history" data-testid="knowledge-history">
      <summary id={titleId}>{t('article.history')}</summary>
      <ol className="knowledge-history__items" aria-labelledby={titleId}>
        {entries.map(({ revision, previous }) => (
          <li key={revision.revision} className="knowledge-history__item">
            <p className="knowledge-history__who">
              {t('article.historyEntry', { revision: revision.revision, name: revision.author, date: formatInstant(revision.createdAt, i18n.language) })}
              {revision.approvedAt === undefined && <strong> · {t('article.awaiting')}</strong>}
            </p>
            {previous ? (
              <>
                <p className="knowledge-history__diff">
                  <Diff parts={diffWords(previous.title, revision.title)} />
                </p>
                <p className="knowledge-history__diff">
                  <Diff parts={diffWords(previous.body, revision.body)} />
                </p>
              </>
            ) : (
              <p className="knowledge-history__diff">{t('article.first')}</p>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}

function Diff({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.change === 'added' ? <ins key={index}>{part.text}</ins> : part.change === 'removed' ? <del key={index}>{part.text}</del> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}
