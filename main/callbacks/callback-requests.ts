/**
 * The renderer's callbacks list, answered by the core from the register. "Done" needs no request of
 * its own: the page closes the case with `cases.changeCaseStatus`, through the outbox like any write.
 */
import { ContractFailure } from '../../shared/contract/result.js';
import type { CoreSideLink } from '../../shared/messaging/links.js';
import type { Logger } from '../core/logger.js';
import type { Queryable } from '../data/database.js';
import { failureLabel } from '../data/outbox/write-failure.js';
import { listCallbacks } from './callback-sql.js';
import { officeToday } from './office-day.js';

export interface CallbackServices {
  /** Undefined when the database could not be opened at start. */
  database: Queryable | undefined;
  agent: () => string;
  /** The office's IANA time zone, which decides when today ends. */
  timeZone: () => string;
  /** The desk's home region (settings: phoneNumbers.defaultRegion). */
  defaultRegion: () => string;
  log: Logger;
  now?: () => Date;
}

export function serveCallbackRequests(link: CoreSideLink, services: CallbackServices): void {
  const { database, log } = services;
  link.handle('callbacks.list', async () => {
    if (!database) throw new ContractFailure('databaseUnavailable', 'team.errors.databaseUnavailable');
    const today = officeToday(services.now?.() ?? new Date(), services.timeZone());
    try {
      return { today, callbacks: await listCallbacks(database, services.agent(), today, services.defaultRegion()) };
    } catch (error) {
      log.warn('callbacks could not be read', { failure: failureLabel(error) });
      throw new ContractFailure('readFailed', 'team.errors.readFailed');
    }
  });
}
