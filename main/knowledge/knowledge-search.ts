/**
 * The core's knowledge search: the current approved revision of every article in use, found by
 * full-text search that forgives typos, missing diacritics and other word forms (the database
 * function careline_knowledge_search, see knowledge-search-sql.ts), with the matched words marked
 * in the title and snippet.
 */
import type { KnowledgeArticleKind, KnowledgeHit, KnowledgeSearch, KnowledgeSearchReply } from '../../shared/contract/knowledge.js';
import type { Locale } from '../../shared/contract/settings.js';
import type { Queryable } from '../data/database.js';
import { markedSegments, snippetSegments } from './marked-segments.js';
import { queryWords } from './query-words.js';

export const DEFAULT_LIMIT = 10;

interface HitRow {
  hit_article_id: string;
  hit_revision: number;
  hit_language: Locale;
  hit_kind: KnowledgeArticleKind;
  hit_municipality: string | null;
  hit_title: string;
  hit_snippet: string;
  hit_head: string;
  hit_tail: string;
}

export async function searchKnowledge(db: Queryable, { query, language, limit = DEFAULT_LIMIT }: KnowledgeSearch): Promise<KnowledgeSearchReply> {
  const words = queryWords(query);
  if (words.length === 0) return { hits: [] };
  const rows = await db.query<HitRow>('select * from careline_knowledge_search($1, $2, $3)', [words, language, limit]);
  return { hits: rows.map(toHit) };
}

function toHit(row: HitRow): KnowledgeHit {
  return {
    articleId: row.hit_article_id,
    revision: row.hit_revision,
    language: row.hit_language,
    kind: row.hit_kind,
    municipality: row.hit_municipality,
    title: markedSegments(row.hit_title),
    snippet: snippetSegments(row.hit_snippet, row.hit_head, row.hit_tail),
  };
}
