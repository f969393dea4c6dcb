/**
 * The knowledge base at the desk: the search box always at hand, and below it the results, an
 * article, the editor, the provider comparison or the revisions awaiting approval.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { showKnowledge, useKnowledgeView } from '../../knowledge/knowledge-view.js';
import { useShortcutKeys } from '../shortcut-keys.js';
import { ArticleEditor } from './ArticleEditor.js';
import { ArticleView } from './ArticleView.js';
import { KnowledgeSearch } from './KnowledgeSearch.js';
import { PendingRevisions } from './PendingRevisions.js';
import { ProviderComparison } from './ProviderComparison.js';

export function KnowledgePanel() {
  const { t } = useTranslation('knowledge');
  const keys = useShortcutKeys().focusKnowledge;
  const screen = useKnowledgeView((state) => state.screen);
  const titleId = useId();
  return (
    <section className="knowledge" data-testid="knowledge-panel" aria-labelledby={titleId}>
      <div className="knowledge__head">
        <h2 id={titleId} className="side-panel__title">
          {t('title')} <kbd className="side-panel__keys">{keys}</kbd>
        </h2>
        <div className="knowledge__tools">
          <button type="button" className="button button--quiet" data-testid="knowledge-new-faq" onClick={() => showKnowledge({ kind: 'edit' })}>
            {t('editor.newFaq')}
          </button>
          <button type="button" className="button button--quiet" data-testid="knowledge-open-providers" onClick={() => showKnowledge({ kind: 'providers' })}>
            {t('providers.open')}
          </button>
          <button type="button" className="button button--quiet" data-testid="knowledge-open-pending" onClick={() => showKnowledge({ kind: 'pending' })}>
            {t('article.awaiting')}
          </button>
        </div>
      </div>
      <KnowledgeSearch showResults={screen.kind === 'search'} />
      {screen.kind === 'article' && <ArticleView key={screen.articleId} articleId={screen.articleId} language={screen.language} />}
      {screen.kind === 'edit' && <ArticleEditor key={screen.articleId ?? 'new'} {...(screen.articleId ? { articleId: screen.articleId } : {})} />}
      {screen.kind === 'providers' && <ProviderComparison />}
      {screen.kind === 'pending' && <PendingRevisions />}
    </section>
  );
}
