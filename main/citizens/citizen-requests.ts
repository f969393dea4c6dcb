/**
 * The renderer's caller-summary requests, answered by the core: a chosen citizen's summary (only
 * one the screen-pop or a search showed for that call) and the audited search. The search text is
 * personal data: it is never logged.
 */
import { ContractFailure } from '../../shared/contract/result.js';
import type { CoreSideLink } from '../../shared/messaging/links.js';
import type { Logger } from '../core/logger.js';
import type { Queryable } from '../data/database.js';
import { failureLabel } from '../data/outbox/write-failure.js';
import type { CallerSummaries } from './caller-summaries.js';
import { searchCitizens } from './citizen-search.js';

export interface CitizenServices {
  summaries: CallerSummaries;
  /** Undefined when the database could not be opened at start. */
  database: Queryable | undefined;
  agent: () => string;
  log: Logger;
}

export function serveCitizenRequests(link: CoreSideLink, { summaries, database, agent, log }: CitizenServices): void {
  link.handle('citizens.readSummary', async ({ callId, citizenId }) => {
    if (!summaries.mayRead(callId, citizenId)) throw new ContractFailure('citizenNotShown', 'caller.errors.citizenNotShown');
    return summaries.read(callId, citizenId);
  });
  link.handle('citizens.search', async ({ callId, query }) => {
    if (!database) throw new ContractFailure('databaseUnavailable', 'caller.errors.databaseUnavailable');
    if (!summaries.knowsCall(callId)) throw new ContractFailure('callNotFound', 'caller.errors.callNotFound');
    try {
      const { lookupId, hits } = await searchCitizens(database, query, { agent: agent(), callId });
      summaries.found(callId, lookupId, hits);
      return { hits };
    } catch (error) {
      log.warn('citizen search failed', { callId, failure: failureLabel(error) });
      throw new ContractFailure('searchFailed', 'caller.errors.searchFailed');
    }
  });
}
