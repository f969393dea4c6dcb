import { describe, expect, it } from 'vitest';
import type { KnowledgeRevision } from '../../shared/contract/index.js';
import { awaitingApproval, historyOf, shownRevision } from './article-revisions.js';

const revision = (n: number, language: 'sv' | 'en', isApproved: boolean): KnowledgeRevision => ({
  revision: n, language, title: `T${n}`, body: `B${n}`, author: 'anna', createdAt: n, mine: false,
  ...(isApproved ? { approvedBy: 'lena', approvedAt: n + 1 } : {}),
});

describe('the revisions an article shows', () => {
  const all = [revision(1, 'sv', true), revision(2, 'en', true), revision(3, 'sv', true), revision(4, 'sv', false), revision(5, 'en', false)];

  it("shows the newest approved revision in the agent's language, else the newest approved in any", () => {
    expect(shownRevision(all, 'sv')?.revision).toBe(3);
    expect(shownRevision(all, 'en')?.revision).toBe(2);
    expect(shownRevision(all, 'da')?.revision).toBe(3);
    expect(shownRevision([revision(1, 'sv', false)], 'sv')).toBeUndefined();
  });

  it('lists the edits awaiting approval of the shown language only, and every edit of an article never approved', () => {
    expect(awaitingApproval(all, shownRevision(all, 'sv')).map((r) => r.revision)).toEqual([4]);
    expect(awaitingApproval([revision(1, 'sv', false)], undefined).map((r) => r.revision)).toEqual([1]);
  });

  it('pairs each revision of a language with the one before it, newest first', () => {
    expect(historyOf(all, 'sv').map((entry) => [entry.revision.revision, entry.previous?.revision])).toEqual([[4, 3], [3, 1], [1, undefined]]);
  });
});
