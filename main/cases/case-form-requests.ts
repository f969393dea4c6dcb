/**
 * What the quick case form asks the core besides writes: the taxonomy, a citizen's open cases, the
 * feedback due date (in the core, so the holiday calendars stay out of the renderer), the form's
 * rules from settings, and skipping a call's case with a reason. A skip settles the call as a
 * save does: the agent may go Ready, and the draft is gone.
 */
import { ContractFailure } from '../../shared/contract/result.js';
import type { CoreSideLink } from '../../shared/messaging/links.js';
import type { Logger } from '../core/logger.js';
import type { Queryable } from '../data/database.js';
import { failureLabel } from '../data/outbox/write-failure.js';
import type { DeskSettings } from '../settings/desk-settings.js';
import { readOpenCases, readTaxonomy } from './case-form-sql.js';
import { feedbackDueDate } from './feedback-due.js';

export interface CaseFormServices {
  /** Undefined when the database could not be opened at start. */
  database: Queryable | undefined;
  settings: () => Pick<DeskSettings, 'office' | 'cases'>;
  /** The desk's SIP user: their team decides the contact-centre group the form suggests. */
  agent: () => string;
  /** A call's case is saved, attached or skipped; the write's client id names its draft. */
  onSettled: (settled: { clientId: string; callId?: string }) => void;
  log: Logger;
  now?: () => Date;
}

export function serveCaseFormRequests(link: CoreSideLink, services: CaseFormServices): void {
  const { settings, log } = services;
  const now = services.now ?? (() => new Date());
  const read = async <T>(what: string, run: (db: Queryable) => Promise<T>): Promise<T> => {
    if (!services.database) throw new ContractFailure('databaseUnavailable', 'cases.errors.databaseUnavailable');
    try {
      return await run(services.database);
    } catch (error) {
      log.warn('case form read failed', { what, failure: failureLabel(error) });
      throw new ContractFailure('readFailed', 'cases.errors.readFailed');
    }
  };
  link.handle('cases.getTaxonomy', () => read('taxonomy', (db) => readTaxonomy(db, services.agent())));
  link.handle('cases.listOpenCases', async ({ citizenId }) => ({ openCases: await read('openCases', (db) => readOpenCases(db, citizenId)) }));
  link.handle('cases.getFeedbackDue', () => ({ dueDate: feedbackDueDate(now(), settings().office) }));
  link.handle('cases.getFormRules', () => ({ caseRequired: settings().cases.caseRequired, skipReasons: settings().cases.skipReasons }));
  link.handle('cases.skipCase', ({ clientId, callId, reason }) => {
    if (!settings().cases.skipReasons.includes(reason)) throw new ContractFailure('unknownReason', 'cases.errors.unknownReason');
    log.info('case skipped', { callId, reason });
    services.onSettled({ clientId, callId });
    return {};
  });
}
