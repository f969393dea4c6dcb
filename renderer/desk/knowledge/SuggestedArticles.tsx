/**
 * Articles that help with the case type the agent chose, for the case form to place beside the
 * type: each opens in the knowledge panel. Renders nothing until a case type is chosen.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KnowledgeArticleLine, Locale } from '../../../shared/contract/index.js';
import { openKnowledgeArticle } from '../../knowledge/knowledge-view.js';
import { useLink } from '../link-context.js';

export function SuggestedArticles({ caseTypeCode }: { caseTypeCode: string | undefined }) {
  const { t, i18n } = useTranslation('knowledge');
  const link = useLink();
  const language = i18n.language as Locale;
  const [articles, setArticles] = useState<KnowledgeArticleLine[] | null>(null);
  const titleId = useId();

  useEffect(() => {
    setArticles(null);
    if (!caseTypeCode) return;
    let current = true;
    void link.request('knowledge.suggestFor', { caseTypeCode, language }).then((reply) => current && setArticles(reply.ok ? reply.value.articles : []));
    return () => {
      current = false;
    };
  }, [link, caseTypeCode, language]);

  if (!caseTypeCode || !articles) return null;
  return (
    <section className="knowledge-suggested" data-testid="knowledge-suggested" aria-labelledby={titleId}>
      <h3 id={titleId} className="knowledge-suggested__title">
        {t('suggested.title')}
      </h3>
      {articles.length === 0 ? (
        <p className="knowledge__note">{t('suggested.none')}</p>
      ) : (
        <ul className="knowledge-suggested__items">
          {articles.map((article) => (
            <li key={article.articleId}>
              <button type="button" className="button button--quiet" onClick={() => openKnowledgeArticle(article.articleId)}>
                {article.title}
              </button>{' '}
              <span className="knowledge-hit__kind">{t(`kind.${article.kind}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
