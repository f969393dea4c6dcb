/**
 * The renderer's transfer requests: blind and attended transfers of the call in view, and the
 * urgent handover to the caller's district on-call, whose numbers come from the database.
 */
import { ContractFailure } from '../../shared/contract/result.js';
import type { CoreSideLink } from '../../shared/messaging/links.js';
import type { Logger } from '../core/logger.js';
import type { Queryable } from '../data/database.js';
import { numberToDial } from '../phone/dial-number.js';
import type { Softphone } from '../phone/softphone.js';
import type { DeskSettingsService } from '../settings/desk-settings-service.js';
import { findOncallRoute, type OncallRoute } from './oncall-route.js';

export interface TransferServices {
  phone: Softphone;
  settings: DeskSettingsService;
  /** Undefined without a database: no urgent handover then, the rest works. */
  database: Queryable | undefined;
  log: Logger;
}

const unavailable = () => new ContractFailure('noOncall', 'phone.transfer.errors.noOncall');

export function serveTransferRequests(link: CoreSideLink, { phone, settings, database, log }: TransferServices): void {
  const numbering = () => settings.current.phoneNumbers;
  const route = async (callId: string, citizenId: string): Promise<OncallRoute | undefined> => {
    if (!database) return undefined;
    try {
      return await findOncallRoute(database, { callId, citizenId, agent: settings.current.sip.user }, numbering());
    } catch (error) {
      log.warn('on-call numbers could not be read', { callId, error: String(error) });
      return undefined;
    }
  };

  link.handle('transfer.getSnapshot', () => ({ transfers: phone.transfers.list() }));
  link.handle('transfer.blind', async ({ callId, number }) => {
    await phone.transfers.blind(callId, numberToDial(number, numbering()));
    return {};
  });
  link.handle('transfer.startConsult', async ({ callId, number }) => {
    const target = numberToDial(number, numbering());
    const consultCallId = await phone.transfers.consult(callId, { kind: 'attended', targets: [{ number: target, label: target.display }] });
    if (consultCallId === undefined) throw new ContractFailure('consultFailed', 'phone.transfer.errors.consultFailed');
    return { consultCallId };
  });
  link.handle('transfer.complete', ({ callId }) => {
    phone.transfers.complete(callId);
    return {};
  });
  link.handle('transfer.cancel', async ({ callId }) => {
    await phone.transfers.cancel(callId);
    return {};
  });
  link.handle('transfer.getOncall', async ({ callId, citizenId }) => {
    const found = await route(callId, citizenId);
    return { district: found?.district ?? '', available: (found?.targets.length ?? 0) > 0 };
  });
  link.handle('transfer.startUrgent', async ({ callId, citizenId }) => {
    const found = await route(callId, citizenId);
    if (!found || found.targets.length === 0) throw unavailable();
    const answerTimeoutMs = settings.current.handover.answerTimeoutSeconds * 1000;
    await phone.transfers.consult(callId, { kind: 'urgentOncall', targets: found.targets, district: found.district, answerTimeoutMs });
    return {};
  });
}
