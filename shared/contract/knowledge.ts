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

/** Epoch milliseconds. */
const knowledgeInstantSchema = z.number().int().nonnegative();
const articleRefSchema = z.object({ articleId: z.uuid() }).strict();

/** One revision of an article; `approvedBy` absent while it awaits a lead's approval. */
export const knowledgeRevisionSchema = z.object({
  revision: z.number().int().positive(),
  language: localeSchema,
  title: z.string(),
  /** Plain text; paragraphs separated by blank lines. Never markup. */
  body: z.string(),
  author: z.string(),
  createdAt: knowledgeInstantSchema,
  approvedBy: z.string().optional(),
  approvedAt: knowledgeInstantSchema.optional(),
  /** Written by the agent at this desk. */
  mine: z.boolean(),
});
export type KnowledgeRevision = z.infer<typeof knowledgeRevisionSchema>;

export const knowledgeArticleSchema = z.object({
  articleId: z.uuid(),
  kind: knowledgeArticleKindSchema,
  municipality: z.string().nullable(),
  /** A local deviation's days (YYYY-MM-DD). */
  validFrom: z.iso.date().optional(),
  validTo: z.iso.date().optional(),
  /** Approved revisions, and those awaiting approval that this desk may see (its own; all for a lead); oldest first. */
  revisions: z.array(knowledgeRevisionSchema),
  /** Only questions and answers are edited at the desk. */
  editable: z.boolean(),
  /** The agent at this desk is a lead (may approve). */
  mayApprove: z.boolean(),
});
export type KnowledgeArticle = z.infer<typeof knowledgeArticleSchema>;

/** A short line about an article: a deviation banner, a suggestion, a pending revision. */
export const knowledgeArticleLineSchema = z.object({
  articleId: z.uuid(),
  revision: z.number().int().positive(),
  language: localeSchema,
  kind: knowledgeArticleKindSchema,
  title: z.string(),
});
export type KnowledgeArticleLine = z.infer<typeof knowledgeArticleLineSchema>;

export const knowledgeDeviationSchema = knowledgeArticleLineSchema.extend({
  body: z.string(),
  municipality: z.string().nullable(),
  validFrom: z.iso.date().optional(),
  validTo: z.iso.date().optional(),
});
export type KnowledgeDeviation = z.infer<typeof knowledgeDeviationSchema>;

export const knowledgePendingSchema = knowledgeArticleLineSchema.extend({ author: z.string(), createdAt: knowledgeInstantSchema, mine: z.boolean() });
export type KnowledgePending = z.infer<typeof knowledgePendingSchema>;

export const knowledgeProposalSchema = z
  .object({
    /** Absent for a new question and answer. */
    articleId: z.uuid().optional(),
    language: localeSchema,
    title: z.string().trim().min(1).max(200),
    body: z.string().max(20_000),
  })
  .strict();
export type KnowledgeProposal = z.infer<typeof knowledgeProposalSchema>;

export const catalogueProviderKindSchema = z.enum(['home_care', 'care_home', 'day_activity', 'other']);
export type CatalogueProviderKind = z.infer<typeof catalogueProviderKindSchema>;

/** The same facts for every provider, for the citizen's free choice; in no order of merit. */
export const catalogueProviderSchema = z.object({ providerId: z.uuid(), name: z.string(), phone: z.string().optional(), streetAddress: z.string() });
export type CatalogueProvider = z.infer<typeof catalogueProviderSchema>;

export const knowledgeRequests = {
  'knowledge.search': request(knowledgeSearchSchema, knowledgeSearchReplySchema),
  'knowledge.article': request(articleRefSchema, knowledgeArticleSchema),
  /** Local deviations valid today, in the agent's language where there is one. */
  'knowledge.deviations': request(z.object({ language: localeSchema }).strict(), z.object({ deviations: z.array(knowledgeDeviationSchema) })),
  'knowledge.suggestFor': request(
    z.object({ caseTypeCode: z.string().regex(/^[a-z_]{1,64}$/), language: localeSchema }).strict(),
    z.object({ articles: z.array(knowledgeArticleLineSchema) }),
  ),
  'knowledge.propose': request(knowledgeProposalSchema, z.object({ articleId: z.uuid(), revision: z.number().int().positive() })),
  'knowledge.approve': request(z.object({ articleId: z.uuid(), revision: z.number().int().positive() }).strict(), z.object({})),
  /** For a lead every revision awaiting approval; for an agent their own. */
  'knowledge.pending': request(z.object({}).strict(), z.object({ mayApprove: z.boolean(), pending: z.array(knowledgePendingSchema) })),
  'knowledge.districts': request(z.object({}).strict(), z.object({ districts: z.array(z.object({ districtId: z.uuid(), name: z.string(), municipality: z.string() })) })),
  'knowledge.providers': request(
    z.object({ districtId: z.uuid(), kind: catalogueProviderKindSchema }).strict(),
    z.object({ providers: z.array(catalogueProviderSchema) }),
  ),
};
