/**
 * The renderer's knowledge requests, answered by the core: search, articles, deviations,
 * suggestions, editing and approval, and the provider catalogue. Searches are no personal data and
 * need no audit, but an agent may type a citizen's name into the box: no query or text is logged.
 */
import { ContractFailure } from '../../shared/contract/result.js';
import type { CoreSideLink } from '../../shared/messaging/links.js';
import type { Logger } from '../core/logger.js';
import type { Queryable } from '../data/database.js';
import { failureLabel } from '../data/outbox/write-failure.js';
import { readArticle, readDeviations, readSuggestions } from './knowledge-articles.js';
import { approveRevision, proposeRevision, readPending } from './knowledge-editing.js';
import { searchKnowledge } from './knowledge-search.js';
import { readDistricts, readProviders } from './provider-catalogue.js';

export interface KnowledgeServices {
  /** Undefined when the database could not be opened at start. */
  database: Queryable | undefined;
  /** The SIP user of the agent at this desk: the author and approver on the embedded database. */
  agent: () => string;
  log: Logger;
}

export function serveKnowledgeRequests(link: CoreSideLink, { database, agent, log }: KnowledgeServices): void {
  /** Runs `work` on the database; a failure that is not already the desk's is logged by its code only. */
  const withDatabase = async <T>(what: string, failure: string, work: (db: Queryable) => Promise<T>): Promise<T> => {
    if (!database) throw new ContractFailure('databaseUnavailable', 'knowledge.errors.databaseUnavailable');
    try {
      return await work(database);
    } catch (error) {
      if (error instanceof ContractFailure) throw error;
      // Only the code: a database error's text may quote what was searched for or written.
      log.warn(`knowledge ${what} failed`, { failure: failureLabel(error) });
      throw new ContractFailure(failure, `knowledge.errors.${failure}`);
    }
  };

  link.handle('knowledge.search', (search) => withDatabase('search', 'searchFailed', (db) => searchKnowledge(db, search)));
  link.handle('knowledge.article', ({ articleId }) =>
    withDatabase('article', 'readFailed', async (db) => {
      const article = await readArticle(db, articleId, agent());
      if (!article) throw new ContractFailure('notFound', 'knowledge.errors.notFound');
      return article;
    }),
  );
  link.handle('knowledge.deviations', ({ language }) =>
    withDatabase('deviations', 'readFailed', async (db) => ({ deviations: await readDeviations(db, language) })),
  );
  link.handle('knowledge.suggestFor', ({ caseTypeCode, language }) =>
    withDatabase('suggestions', 'readFailed', async (db) => ({ articles: await readSuggestions(db, caseTypeCode, language) })),
  );
  link.handle('knowledge.propose', (proposal) => withDatabase('proposal', 'saveFailed', (db) => proposeRevision(db, proposal, agent())));
  link.handle('knowledge.approve', ({ articleId, revision }) =>
    withDatabase('approval', 'saveFailed', async (db) => {
      await approveRevision(db, articleId, revision, agent());
      return {};
    }),
  );
  link.handle('knowledge.pending', () => withDatabase('pending list', 'readFailed', (db) => readPending(db, agent())));
  link.handle('knowledge.districts', () => withDatabase('districts', 'readFailed', async (db) => ({ districts: await readDistricts(db) })));
  link.handle('knowledge.providers', ({ districtId, kind }) =>
    withDatabase('providers', 'readFailed', async (db) => ({ providers: await readProviders(db, districtId, kind) })),
  );
}
