/** Revisions awaiting approval: every one for a lead, who opens each to approve it; an agent's own for an agent. */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KnowledgePending } from '../../../shared/contract/index.js';
import { formatInstant } from '../../knowledge/knowledge-dates.js';
import { openKnowledgeArticle, useKnowledgeView } from '../../knowledge/knowledge-view.js';
import { useLink } from '../link-context.js';

export function PendingRevisions() {
  const { t, i18n } = useTranslation('knowledge');
  const link = useLink();
  const stamp = useKnowledgeView((state) => state.revisionStamp);
  const [list, setList] = useState<{ mayApprove: boolean; pending: KnowledgePending[] } | null>(null);
  const titleId = useId();

  useEffect(() => {
    let current = true;
    void link.request('knowledge.pending', {}).then((reply) => current && reply.ok && setList(reply.value));
    return () => {
      current = false;
    };
  }, [link, stamp]);

  if (!list) return null;
  return (
    <section className="knowledge-pending" data-testid="knowledge-pending" aria-labelledby={titleId}>
      <h3 id={titleId} className="knowledge-article__title">
        {t(list.mayApprove ? 'pending.leadTitle' : 'pending.mineTitle')}
      </h3>
      {list.pending.length === 0 ? (
        <p className="knowledge__note">{t('pending.empty')}</p>
      ) : (
        <ul className="knowledge-pending__items">
          {list.pending.map((item) => (
            <li key={`${item.articleId}:${item.revision}`}>
              <button type="button" className="button button--quiet knowledge-pending__open" onClick={() => openKnowledgeArticle(item.articleId)}>
                {item.title}
              </button>{' '}
              <span className="knowledge-hit__kind">{t(`kind.${item.kind}`)}</span>{' '}
              <span>{t('pending.by', { name: item.author, date: formatInstant(item.createdAt, i18n.language) })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
