/** What the agent hears when the register turns a case down, and what they hear when there is no register. */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxStatus } from '../../shared/contract/data.js';
import { createCarrierPair } from '../../shared/messaging/carrier.js';
import { createCoreSideLink, createRendererSideLink, type RendererSideLink } from '../../shared/messaging/links.js';
import { AgentStateRecorder } from '../agent/agent-state-log.js';
import { CallRecorder } from '../calls/call-recorder.js';
import type { DurableWriter } from '../data/outbox/durable-writer.js';
import { serveCaseRequests } from './case-requests.js';
import type { CaseServices } from './case-services.js';
import { CaseWriter } from './case-writer.js';
import type { DeskWrite, WriteResult } from './desk-writes.js';
import { WriteRefusedError } from './write-refused.js';

const waiting: OutboxStatus = { waiting: 3, refused: 0, oldestSince: 1_700_000_000_000 };

/** Services whose writer fails every write with `error`. */
function failingServices(error: unknown): CaseServices {
  const writer: DurableWriter<DeskWrite, WriteResult> = {
    submit: () => Promise.reject(error),
    status: () => Promise.resolve(waiting),
    onStatus: () => () => undefined,
    nudge: () => undefined,
    stop: () => Promise.resolve(),
  };
  return {
    cases: new CaseWriter({ writer, agent: () => '1001' }),
    calls: new CallRecorder(writer),
    agentStates: new AgentStateRecorder(writer),
    outboxStatus: () => writer.status(),
    serverAnswers: () => undefined,
    stop: () => Promise.resolve(),
  };
}

let renderer: RendererSideLink | undefined;
afterEach(() => renderer?.close());

function served(services: CaseServices | undefined): RendererSideLink {
  const [coreEnd, rendererEnd] = createCarrierPair();
  serveCaseRequests(createCoreSideLink(coreEnd), services);
  renderer = createRendererSideLink(rendererEnd);
  return renderer;
}

const aCase = () => ({ clientId: randomUUID(), caseTypeCode: 'home_care', caseClassCode: 'status_inquiry', resolvedAtFirstContact: true });
const serverError = (code: string) => Object.assign(new pg.DatabaseError('no', 0, 'error'), { code });

describe('serveCaseRequests', () => {
  it('says the register cannot be reached when the database did not open, and that nothing waits', async () => {
    const link = served(undefined);
    expect(await link.request('cases.saveCase', aCase())).toEqual({
      ok: false,
      error: { code: 'databaseUnavailable', messageKey: 'cases.errors.databaseUnavailable' },
    });
    expect(await link.request('data.getOutboxStatus', {})).toEqual({ ok: true, value: { waiting: 0, refused: 0 } });
  });

  it.each([
    ['a missing referenced row (23503)', serverError('23503'), 'unknownReference'],
    ['a check violation (23514)', serverError('23514'), 'invalid'],
    ['a value too long (22001)', serverError('22001'), 'invalid'],
    ['a policy or grant (42501)', serverError('42501'), 'notAllowed'],
    ['a settled case an agent may not change', new WriteRefusedError('caseNotChangeable'), 'notAllowed'],
    ['an unknown case type', new WriteRefusedError('unknownCaseType'), 'unknownReference'],
  ])('turns %s into a typed error', async (_what, error, code) => {
    const link = served(failingServices(error));
    expect(await link.request('cases.saveCase', aCase())).toEqual({ ok: false, error: { code, messageKey: `cases.errors.${code}` } });
  });

  it('reports a fault it cannot explain as internal, and serves the outbox count', async () => {
    const link = served(failingServices(new TypeError('bug')));
    expect(await link.request('cases.changeCaseStatus', { clientId: randomUUID(), caseId: randomUUID(), status: 'closed' })).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(await link.request('data.getOutboxStatus', {})).toEqual({ ok: true, value: waiting });
  });
});
