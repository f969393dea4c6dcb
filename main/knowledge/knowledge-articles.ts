/**
 * Reading articles for the desk: one article with the revisions this desk may see, the local
 * deviations valid today (the banner) and the articles mapped to a case type (the case form's
 * suggestions). Rows become the contract's shapes here; times as epoch milliseconds.
 */
import type {
  KnowledgeArticle,
  KnowledgeArticleKind,
  KnowledgeArticleLine,
  KnowledgeDeviation,
  KnowledgeRevision,
} from '../../shared/contract/knowledge.js';
import type { Locale } from '../../shared/contract/settings.js';
import type { Queryable } from '../data/database.js';
import { articleSql, deviationsSql, suggestionsSql } from './knowledge-desk-sql.js';

interface LineRow {
  article_id: string;
  kind: KnowledgeArticleKind;
  revision: number;
  language: Locale;
  title: string;
}

interface ArticleRow {
  article_id: string;
  kind: KnowledgeArticleKind;
  municipality: string | null;
  valid_from: string | null;
  valid_to: string | null;
  may_approve: boolean;
  revision: number | null;
  language: Locale;
  title: string;
  body: string;
  author: string;
  created_at: Date;
  approved_by: string | null;
  approved_at: Date | null;
  mine: boolean;
}

type DeviationRow = LineRow & { body: string; municipality: string | null; valid_from: string | null; valid_to: string | null };

const validity = (from: string | null, to: string | null) => ({ ...(from ? { validFrom: from } : {}), ...(to ? { validTo: to } : {}) });

/** Undefined when there is no such article in use. */
export async function readArticle(db: Queryable, articleId: string, agent: string): Promise<KnowledgeArticle | undefined> {
  const rows = await db.query<ArticleRow>(articleSql, [articleId, agent]);
  const [first] = rows;
  if (!first) return undefined;
  return {
    articleId: first.article_id,
    kind: first.kind,
    municipality: first.municipality,
    ...validity(first.valid_from, first.valid_to),
    revisions: rows.filter((row) => row.revision !== null).map(toRevision),
    editable: first.kind === 'faq',
    mayApprove: first.may_approve,
  };
}

function toRevision(row: ArticleRow): KnowledgeRevision {
  return {
    revision: row.revision ?? 0,
    language: row.language,
    title: row.title,
    body: row.body,
    author: row.author,
    createdAt: row.created_at.getTime(),
    ...(row.approved_by !== null && row.approved_at !== null ? { approvedBy: row.approved_by, approvedAt: row.approved_at.getTime() } : {}),
    mine: row.mine,
  };
}

const toLine = (row: LineRow): KnowledgeArticleLine => ({
  articleId: row.article_id,
  revision: row.revision,
  language: row.language,
  kind: row.kind,
  title: row.title,
});

export async function readDeviations(db: Queryable, language: Locale): Promise<KnowledgeDeviation[]> {
  const rows = await db.query<DeviationRow>(deviationsSql, [language]);
  return rows.map((row) => ({ ...toLine(row), body: row.body, municipality: row.municipality, ...validity(row.valid_from, row.valid_to) }));
}

export async function readSuggestions(db: Queryable, caseTypeCode: string, language: Locale): Promise<KnowledgeArticleLine[]> {
  return (await db.query<LineRow>(suggestionsSql, [caseTypeCode, language])).map(toLine);
}
