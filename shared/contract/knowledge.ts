/**
 * Searching the knowledge base: what the desk's search box sends on each keystroke and the hits the
 * core returns, with the matched words marked as data so the page highlights them without HTML.
 */
import { z } from 'zod';
import { request } from './define.js';
import { localeSchema } from './settings.js';

export const knowledgeSearchSchema = z
  .object({
    query: z.string().min(1).max(200),
    /** The agent's language: hits in it come first, the other languages after. */
    language: localeSchema,
    limit: z.number().int().min(1).max(50).optional(),
  })
  .strict();
export type KnowledgeSearch = z.infer<typeof knowledgeSearchSchema>;

/**
 * A piece of text and whether it is a match. Joined in order, the segments are the plain text; the
 * page renders them as text nodes (a match in <mark>), so an article can never inject markup.
 */
export const markedSegmentSchema = z.object({ text: z.string(), match: z.boolean() });
export type MarkedSegment = z.infer<typeof markedSegmentSchema>;

export const knowledgeArticleKindSchema = z.enum([
  'service_guide',
  'provider_catalogue',
  'fees',
  'faq',
  'care_manager_directory',
  'organisation_chart',
  'local_deviation',
]);
export type KnowledgeArticleKind = z.infer<typeof knowledgeArticleKindSchema>;

export const knowledgeHitSchema = z.object({
  articleId: z.uuid(),
  /** The revision shown: the newest approved one of the article in `language`. */
  revision: z.number().int().positive(),
  language: localeSchema,
  kind: knowledgeArticleKindSchema,
  municipality: z.string().nullable(),
  title: z.array(markedSegmentSchema),
  /** Up to two passages of the body around the matches ("…" where text was left out), or its opening. */
  snippet: z.array(markedSegmentSchema),
});
export type KnowledgeHit = z.infer<typeof knowledgeHitSchema>;

export const knowledgeSearchReplySchema = z.object({ hits: z.array(knowledgeHitSchema) });
export type KnowledgeSearchReply = z.infer<typeof knowledgeSearchReplySchema>;

export const knowledgeRequests = {
  'knowledge.search': request(knowledgeSearchSchema, knowledgeSearchReplySchema),
};
