/**
 * Which of an article's revisions the desk shows: the newest approved one in the agent's language
 * (else in the language it was approved in last), the edits awaiting approval newer than it, and
 * the history of that language, each revision beside the one before it for the diff.
 */
import type { KnowledgeRevision } from '../../shared/contract/index.js';

const approved = (revision: KnowledgeRevision) => revision.approvedAt !== undefined;
const newestFirst = (a: KnowledgeRevision, b: KnowledgeRevision) => b.revision - a.revision;

export function shownRevision(revisions: readonly KnowledgeRevision[], language: string): KnowledgeRevision | undefined {
  const usable = revisions.filter(approved).sort(newestFirst);
  return usable.find((revision) => revision.language === language) ?? usable[0];
}

/** Edits not approved yet that would replace what is shown (or, with nothing approved, the article's first words). */
export function awaitingApproval(revisions: readonly KnowledgeRevision[], shown: KnowledgeRevision | undefined): KnowledgeRevision[] {
  return revisions
    .filter((revision) => !approved(revision) && (!shown || (revision.language === shown.language && revision.revision > shown.revision)))
    .sort(newestFirst);
}

export interface HistoryEntry {
  revision: KnowledgeRevision;
  /** The revision before it in the same language; absent for the first. */
  previous?: KnowledgeRevision;
}

/** Newest first: every revision of `language` the desk may see, approved or not. */
export function historyOf(revisions: readonly KnowledgeRevision[], language: string): HistoryEntry[] {
  const own = revisions.filter((revision) => revision.language === language).sort((a, b) => a.revision - b.revision);
  return own.map((revision, index) => ({ revision, ...(index > 0 ? { previous: own[index - 1]! } : {}) })).reverse();
}
