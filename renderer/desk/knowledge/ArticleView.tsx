/**
 * One article: title, kind, revision, who approved it and when, a deviation's days, and the body as
 * plain text in paragraphs (nothing from the database is ever read as markup). Edits awaiting
 * approval are marked as such; a lead approves them here. The history shows what each revision changed.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError, KnowledgeArticle, KnowledgeRevision } from '../../../shared/contract/index.js';
import { translateMessageKey } from '../../i18n/message-key.js';
import { awaitingApproval, historyOf, shownRevision } from '../../knowledge/article-revisions.js';
import { formatDay, formatInstant } from '../../knowledge/knowledge-dates.js';
import { knowledgeChanged, showKnowledge, useKnowledgeView } from '../../knowledge/knowledge-view.js';
import { paragraphsOf } from '../../knowledge/paragraphs.js';
import { useLink } from '../link-context.js';
import { KNOWLEDGE_SEARCH_ID } from '../use-desk-shortcuts.js';
import { RevisionHistory } from './RevisionHistory.js';

export function ArticleView({ articleId, language }: { articleId: string; language: string | undefined }) {
  const { t, i18n } = useTranslation('knowledge');
  const link = useLink();
  const stamp = useKnowledgeView((state) => state.revisionStamp);
  const [article, setArticle] = useState<KnowledgeArticle | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const titleId = useId();

  useEffect(() => {
    let current = true;
    void link.request('knowledge.article', { articleId }).then((reply) => {
      if (!current) return;
      setArticle(reply.ok ? reply.value : null);
      setError(reply.ok ? null : reply.error);
    });
    return () => {
      current = false;
    };
  }, [link, articleId, stamp]);

  const back = () => {
    showKnowledge({ kind: 'search' });
    document.getElementById(KNOWLEDGE_SEARCH_ID)?.focus();
  };
  const approve = async (revision: KnowledgeRevision) => {
    const reply = await link.request('knowledge.approve', { articleId, revision: revision.revision });
    setError(reply.ok ? null : reply.error);
    if (reply.ok) {
      setNotice(t('article.approvedNow', { revision: revision.revision }));
      knowledgeChanged();
    }
  };

  const shown = article ? shownRevision(article.revisions, language ?? i18n.language) : undefined;
  const pending = article ? awaitingApproval(article.revisions, shown) : [];
  const heading = shown ?? pending[0];
  return (
    <article className="knowledge-article" data-testid="knowledge-article" aria-labelledby={titleId}>
      <button type="button" className="button button--quiet knowledge-article__back" onClick={back}>
        {t('article.back')}
      </button>
      {error && (
        <p className="knowledge__note knowledge__note--error" role="alert">
          {translateMessageKey(i18n, error.messageKey)}
        </p>
      )}
      {notice && (
        <p className="knowledge__note" role="status">
          {notice}
        </p>
      )}
      {!article && !error && <p className="knowledge__note">{t('article.loading')}</p>}
      {article && heading && (
        <>
          <h3 id={titleId} className="knowledge-article__title" data-testid="knowledge-article-title">
            {heading.title}
          </h3>
          <p className="knowledge-article__meta">
            <span className="knowledge-article__kind">{t(`kind.${article.kind}`)}</span>
            {shown && <span>{t('article.revision', { revision: shown.revision })}</span>}
            {shown?.approvedBy && shown.approvedAt !== undefined && (
              <span>{t('article.approved', { name: shown.approvedBy, date: formatInstant(shown.approvedAt, i18n.language) })}</span>
            )}
            {article.validFrom && article.validTo && (
              <span>{t('article.validFromTo', { from: formatDay(article.validFrom, i18n.language), to: formatDay(article.validTo, i18n.language) })}</span>
            )}
          </p>
          {shown && <ArticleBody body={shown.body} />}
          {pending.map((revision) => (
            <section key={revision.revision} className="knowledge-article__pending" data-testid="knowledge-pending-revision" aria-label={t('article.awaiting')}>
              <p className="knowledge-article__badge">
                {t('article.awaiting')} · {t('article.revision', { revision: revision.revision })} ·{' '}
                {t('pending.by', { name: revision.author, date: formatInstant(revision.createdAt, i18n.language) })}
              </p>
              {shown && revision.title !== shown.title && <p className="knowledge-article__pending-title">{revision.title}</p>}
              <ArticleBody body={revision.body} />
              {article.mayApprove && (
                <button type="button" className="button" data-testid="knowledge-approve" onClick={() => void approve(revision)}>
                  {t('article.approve', { revision: revision.revision })}
                </button>
              )}
            </section>
          ))}
          {article.editable && (
            <button type="button" className="button button--quiet" data-testid="knowledge-edit" onClick={() => showKnowledge({ kind: 'edit', articleId })}>
              {t('article.edit')}
            </button>
          )}
          <RevisionHistory entries={historyOf(article.revisions, heading.language)} />
        </>
      )}
    </article>
  );
}

function ArticleBody({ body }: { body: string }) {
  return (
    <div className="knowledge-article__body" data-testid="knowledge-article-body">
      {paragraphsOf(body).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}
