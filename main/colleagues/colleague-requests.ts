/** The renderer's colleague list, answered by the core; names are read, never logged. */
import { ContractFailure } from '../../shared/contract/result.js';
import type { CoreSideLink } from '../../shared/messaging/links.js';
import type { Logger } from '../core/logger.js';
import type { Queryable } from '../data/database.js';
import { failureLabel } from '../data/outbox/write-failure.js';
import { listColleagues } from './colleague-sql.js';

export interface ColleagueServices {
  /** Undefined when the database could not be opened at start. */
  database: Queryable | undefined;
  /** This desk's SIP user, left out of the list. */
  agent: () => string;
  log: Logger;
}

export function serveColleagueRequests(link: CoreSideLink, { database, agent, log }: ColleagueServices): void {
  link.handle('colleagues.list', async () => {
    if (!database) throw new ContractFailure('databaseUnavailable', 'team.errors.databaseUnavailable');
    try {
      return { colleagues: await listColleagues(database, agent()) };
    } catch (error) {
      log.warn('colleagues could not be read', { failure: failureLabel(error) });
      throw new ContractFailure('readFailed', 'team.errors.readFailed');
    }
  });
}
