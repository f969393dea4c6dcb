/**
 * Writing a question and answer, new or as a new revision of one: it is sent for approval and
 * search finds it only once a lead has approved it. The editor starts from the text the agent sees.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError, Locale } from '../../../shared/contract/index.js';
import { translateMessageKey } from '../../i18n/message-key.js';
import { awaitingApproval, shownRevision } from '../../knowledge/article-revisions.js';
import { knowledgeChanged, openKnowledgeArticle, showKnowledge } from '../../knowledge/knowledge-view.js';
import { useLink } from '../link-context.js';

export function ArticleEditor({ articleId }: { articleId?: string }) {
  const { t, i18n } = useTranslation('knowledge');
  const link = useLink();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [language, setLanguage] = useState<Locale>(i18n.language as Locale);
  const [error, setError] = useState<ContractError | null>(null);
  const [saving, setSaving] = useState(false);
  const headingId = useId();
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    if (!articleId) return;
    void link.request('knowledge.article', { articleId }).then((reply) => {
      if (!reply.ok) return setError(reply.error);
      const shown = shownRevision(reply.value.revisions, i18n.language);
      // The agent's own draft, if any, is where they left off.
      const start = awaitingApproval(reply.value.revisions, shown).find((revision) => revision.mine) ?? shown;
      if (!start) return;
      setTitle(start.title);
      setBody(start.body);
      setLanguage(start.language);
    });
  }, [link, articleId, i18n.language]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const reply = await link.request('knowledge.propose', { ...(articleId ? { articleId } : {}), language, title, body });
    setSaving(false);
    if (!reply.ok) return setError(reply.error);
    knowledgeChanged();
    openKnowledgeArticle(reply.value.articleId);
  };

  return (
    <form className="knowledge-editor" data-testid="knowledge-editor" aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
      <h3 id={headingId} className="knowledge-article__title">
        {t(articleId ? 'editor.editTitle' : 'editor.newFaq')}
      </h3>
      <label htmlFor={titleId}>{t('editor.question')}</label>
      <input id={titleId} className="knowledge-editor__title" required maxLength={200} value={title} autoFocus onChange={(event) => setTitle(event.target.value)} />
      <label htmlFor={bodyId}>{t('editor.answer')}</label>
      <textarea id={bodyId} className="knowledge-editor__body" rows={8} maxLength={20_000} value={body} onChange={(event) => setBody(event.target.value)} />
      <p className="knowledge__note">{t('editor.sent')}</p>
      {error && (
        <p className="knowledge__note knowledge__note--error" role="alert">
          {translateMessageKey(i18n, error.messageKey)}
        </p>
      )}
      <div className="knowledge-editor__actions">
        <button type="submit" className="button" disabled={saving || title.trim() === ''} data-testid="knowledge-editor-save">
          {t('editor.save')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => showKnowledge(articleId ? { kind: 'article', articleId } : { kind: 'search' })}>
          {t('editor.cancel')}
        </button>
      </div>
    </form>
  );
}
