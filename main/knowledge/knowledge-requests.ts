/**
 * The renderer's knowledge search, answered by the core. Searches are no personal data and need no
 * audit, but an agent may type a citizen's name into the box: the query text is never logged.
 */
import { ContractFailure } from '../../shared/contract/result.js';
import type { CoreSideLink } from '../../shared/messaging/links.js';
import type { Logger } from '../core/logger.js';
import type { Queryable } from '../data/database.js';
import { failureLabel } from '../data/outbox/write-failure.js';
import { searchKnowledge } from './knowledge-search.js';

export interface KnowledgeServices {
  /** Undefined when the database could not be opened at start. */
  database: Queryable | undefined;
  log: Logger;
}

export function serveKnowledgeRequests(link: CoreSideLink, { database, log }: KnowledgeServices): void {
  link.handle('knowledge.search', async (search) => {
    if (!database) throw new ContractFailure('databaseUnavailable', 'knowledge.errors.databaseUnavailable');
    try {
      return await searchKnowledge(database, search);
    } catch (error) {
      // Only the code: a database error's text may quote what was searched for.
      log.warn('knowledge search failed', { failure: failureLabel(error) });
      throw new ContractFailure('searchFailed', 'knowledge.errors.searchFailed');
    }
  });
}
