/**
 * The knowledge base's one search box, keyboard first: Alt+K lands here, hits come as the agent
 * types, arrow keys move through them and Enter opens one (the ARIA combobox pattern, so a screen
 * reader follows the choice while focus stays in the box). Escape empties the box.
 */
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KnowledgeSearchReply, Result } from '../../../shared/contract/index.js';
import { translateMessageKey } from '../../i18n/message-key.js';
import { openKnowledgeArticle, useKnowledgeView } from '../../knowledge/knowledge-view.js';
import { createLatestSearch } from '../../knowledge/latest-search.js';
import { useLink } from '../link-context.js';
import { useShortcutKeys } from '../shortcut-keys.js';
import { KNOWLEDGE_SEARCH_ID } from '../use-desk-shortcuts.js';
import { MarkedText } from './MarkedText.js';

/** A pause shorter than a typist's between words, longer than between letters. */
const TYPING_PAUSE_MS = 120;

export function KnowledgeSearch({ showResults }: { showResults: boolean }) {
  const { t, i18n } = useTranslation('knowledge');
  const link = useLink();
  const keys = useShortcutKeys().focusKnowledge;
  const query = useKnowledgeView((state) => state.query);
  const hits = useKnowledgeView((state) => state.hits);
  const error = useKnowledgeView((state) => state.error);
  const [active, setActive] = useState(0);
  const listId = useId();
  const language = i18n.language as 'sv' | 'da' | 'en';

  const search = useMemo(
    () =>
      createLatestSearch<Result<KnowledgeSearchReply>>({
        delayMs: TYPING_PAUSE_MS,
        run: (text) => link.request('knowledge.search', { query: text.slice(0, 200), language }),
        onResult: (_text, reply) => {
          setActive(0);
          useKnowledgeView.setState(reply.ok ? { hits: reply.value.hits, error: null } : { hits: [], error: reply.error });
        },
        onCleared: () => useKnowledgeView.setState({ hits: null, error: null }),
      }),
    [link, language],
  );
  useEffect(() => () => search.dispose(), [search]);

  const change = (text: string) => {
    useKnowledgeView.setState({ query: text, screen: { kind: 'search' } });
    search.type(text);
  };
  const list = showResults ? (hits ?? []) : [];
  const optionId = (index: number) => `${listId}-hit-${index}`;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (index + step + list.length) % list.length);
    } else if (event.key === 'Enter') {
      const hit = list[active];
      if (!hit) return;
      event.preventDefault();
      openKnowledgeArticle(hit.articleId, hit.language);
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      change('');
    }
  };

  return (
    <div className="knowledge-search">
      <label htmlFor={KNOWLEDGE_SEARCH_ID} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={KNOWLEDGE_SEARCH_ID}
        className="knowledge-search__input"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('search.placeholder')}
        aria-keyshortcuts={keys}
        aria-expanded={list.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={list[active] ? optionId(active) : undefined}
        data-testid="knowledge-search"
        value={query}
        onChange={(event) => change(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {showResults && error && (
        <p className="knowledge__note knowledge__note--error" role="alert">
          {translateMessageKey(i18n, error.messageKey)}
        </p>
      )}
      {showResults && hits && !error && (
        <p className={hits.length === 0 ? 'knowledge__note' : 'visually-hidden'} role="status">
          {hits.length === 0 ? t('search.none') : t('search.count', { count: hits.length })}
        </p>
      )}
      <ul id={listId} role="listbox" aria-label={t('search.results')} className="knowledge-search__hits" data-testid="knowledge-hits">
        {list.map((hit, index) => (
          <li
            key={hit.articleId}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className="knowledge-hit"
            data-testid="knowledge-hit"
            data-article-id={hit.articleId}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => openKnowledgeArticle(hit.articleId, hit.language)}
          >
            <span className="knowledge-hit__title">
              <MarkedText segments={hit.title} />
            </span>
            <span className="knowledge-hit__kind">{t(`kind.${hit.kind}`)}</span>
            <span className="knowledge-hit__snippet">
              <MarkedText segments={hit.snippet} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
