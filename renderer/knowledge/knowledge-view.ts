/**
 * What the knowledge panel shows (search results, one article, the editor, the provider comparison
 * or the revisions awaiting approval) and the last search, kept here so that going back to the
 * results finds them as they were, and so other parts of the desk (the case form's suggestions) can
 * open an article.
 */
import { create } from 'zustand';
import type { ContractError, KnowledgeHit } from '../../shared/contract/index.js';

export type KnowledgeScreen =
  | { kind: 'search' }
  /** `language`: the one search found it in, shown first. */
  | { kind: 'article'; articleId: string; language?: string }
  | { kind: 'edit'; articleId?: string }
  | { kind: 'providers' }
  | { kind: 'pending' };

interface KnowledgeViewState {
  screen: KnowledgeScreen;
  query: string;
  /** Null before the first answer and while the box is empty. */
  hits: KnowledgeHit[] | null;
  error: ContractError | null;
  /** Bumped by each article approval or edit, so lists re-read. */
  revisionStamp: number;
}

export const useKnowledgeView = create<KnowledgeViewState>(() => ({
  screen: { kind: 'search' },
  query: '',
  hits: null,
  error: null,
  revisionStamp: 0,
}));

export const showKnowledge = (screen: KnowledgeScreen) => useKnowledgeView.setState({ screen });
export const openKnowledgeArticle = (articleId: string, language?: string) => showKnowledge({ kind: 'article', articleId, ...(language ? { language } : {}) });
export const knowledgeChanged = () => useKnowledgeView.setState((state) => ({ revisionStamp: state.revisionStamp + 1 }));
