/** The form's requests to the core: the due date from the office's calendar and a fixed clock, the rules, and skipping. */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createCarrierPair } from '../../shared/messaging/carrier.js';
import { createCoreSideLink, createRendererSideLink, type RendererSideLink } from '../../shared/messaging/links.js';
import type { DeskSettings } from '../settings/desk-settings.js';
import { serveCaseFormRequests } from './case-form-requests.js';

let renderer: RendererSideLink | undefined;
afterEach(() => renderer?.close());

const stockholm: DeskSettings['office'] = { region: 'SE', timeZone: 'Europe/Stockholm', closesAt: '16:00' };
const aarhus: DeskSettings['office'] = { region: 'DK', timeZone: 'Europe/Copenhagen', closesAt: '15:00' };

function served(office: DeskSettings['office'], at: string) {
  const settled: { clientId: string; callId?: string }[] = [];
  const logged: string[] = [];
  const [coreEnd, rendererEnd] = createCarrierPair();
  serveCaseFormRequests(createCoreSideLink(coreEnd), {
    database: undefined,
    settings: () => ({ office, cases: { caseRequired: 'required', skipReasons: ['wrongNumber', 'silentCall'] } }),
    agent: () => '1001',
    onSettled: (entry) => settled.push(entry),
    log: { info: (m, f) => void logged.push(`${m} ${JSON.stringify(f)}`), warn: () => undefined, error: () => undefined },
    now: () => new Date(at),
  });
  renderer = createRendererSideLink(rendererEnd);
  return { link: renderer, settled, logged };
}

describe('serveCaseFormRequests', () => {
  it('dates feedback past a weekend and Sweden\'s Easter holidays (Good Friday, Easter Monday)', async () => {
    const { link } = served(stockholm, '2026-04-02T10:00:00+02:00');
    expect(await link.request('cases.getFeedbackDue', {})).toEqual({ ok: true, value: { dueDate: '2026-04-07' } });
  });

  it('dates feedback past Denmark\'s Maundy Thursday with region DK, a day Sweden works', async () => {
    expect(await served(aarhus, '2026-04-01T10:00:00+02:00').link.request('cases.getFeedbackDue', {})).toEqual({ ok: true, value: { dueDate: '2026-04-07' } });
    expect(await served(stockholm, '2026-04-01T10:00:00+02:00').link.request('cases.getFeedbackDue', {})).toEqual({ ok: true, value: { dueDate: '2026-04-02' } });
  });

  it('gives the form its rules from settings', async () => {
    const { link } = served(stockholm, '2026-04-01T10:00:00+02:00');
    expect(await link.request('cases.getFormRules', {})).toEqual({ ok: true, value: { caseRequired: 'required', skipReasons: ['wrongNumber', 'silentCall'] } });
  });

  it('settles a call skipped for a reason from settings, and refuses any other reason', async () => {
    const { link, settled } = served(stockholm, '2026-04-01T10:00:00+02:00');
    const clientId = randomUUID();
    expect(await link.request('cases.skipCase', { clientId, callId: 'call-1', reason: 'internalCall' })).toMatchObject({ ok: false, error: { code: 'unknownReason' } });
    expect(settled).toEqual([]);
    expect(await link.request('cases.skipCase', { clientId, callId: 'call-1', reason: 'silentCall' })).toEqual({ ok: true, value: {} });
    expect(settled).toEqual([{ clientId, callId: 'call-1' }]);
  });

  it('says the register cannot be reached when there is no database', async () => {
    const { link } = served(stockholm, '2026-04-01T10:00:00+02:00');
    expect(await link.request('cases.getTaxonomy', {})).toEqual({ ok: false, error: { code: 'databaseUnavailable', messageKey: 'cases.errors.databaseUnavailable' } });
  });
});
