import { describe, expect, it } from 'vitest';
import type { Call } from '../../shared/contract/phone.js';
import type { CallerMatch } from '../../shared/contract/screenpop.js';
import type { CaseWriter } from '../cases/case-writer.js';
import type { Queryable } from '../data/database.js';
import type { NewCase } from '../../shared/contract/cases.js';
import { AbandonedCallbacks, abandonedBy } from './abandoned-callbacks.js';
import { callbackClientId } from './callback-id.js';

const citizenId = '00000000-0000-4000-8000-000000000005';
const gaveUp: Call = {
  callId: 'call-1',
  direction: 'inbound',
  state: 'ended',
  caller: { e164: '+46701740610', display: '070-174 06 10' },
  dialled: '600',
  offeredAt: Date.parse('2026-11-27T09:00:00Z'),
  // A Friday: due the Monday after.
  endedAt: Date.parse('2026-11-27T09:00:20Z'),
  endReason: 'callerGaveUp',
};
const one: CallerMatch = { kind: 'citizens', citizens: [{ citizenId, name: 'Margareta Lindqvist' } as never] };

describe('abandonedBy', () => {
  it('names the citizen of an unanswered inbound call whose caller gave up', () => {
    expect(abandonedBy(gaveUp, one)).toBe(citizenId);
  });

  it.each<[string, Call, CallerMatch | undefined]>([
    ['answered', { ...gaveUp, answeredAt: gaveUp.offeredAt + 1000, endReason: 'hungUpByCaller' }, one],
    ['taken by a colleague', { ...gaveUp, endReason: 'answeredElsewhere' }, one],
    ['let go to the others here', { ...gaveUp, endReason: 'notAnsweredHere' }, one],
    ['outbound', { ...gaveUp, direction: 'outbound' }, one],
    ['an unknown number', gaveUp, { kind: 'unknown' }],
    ['a protected identity', gaveUp, { kind: 'protected' }],
    ['two citizens on one number', gaveUp, { kind: 'citizens', citizens: [...(one.kind === 'citizens' ? one.citizens : []), { citizenId: '00000000-0000-4000-8000-000000000006', name: 'B' } as never] }],
    ['a failed look-up', gaveUp, { kind: 'lookupFailed' }],
    ['no number', { ...gaveUp, caller: { e164: null, display: '' } }, one],
  ])('leaves no callback when %s', (_label, call, match) => {
    expect(abandonedBy(call, match)).toBeUndefined();
  });
});

describe('AbandonedCallbacks', () => {
  it('saves one team callback due the next working day, with the client id of the call', async () => {
    const saved: NewCase[] = [];
    const cases = { saveCase: (input: NewCase) => (saved.push(input), Promise.resolve({ caseId: input.clientId, delivery: 'saved' as const })) } as unknown as CaseWriter;
    const group = '00000000-0000-4000-8000-000000000201';
    const database = { query: () => Promise.resolve([{ handler_group_id: group }]), exec: () => Promise.resolve() } as unknown as Queryable;
    const log = { info: () => undefined, warn: () => undefined, error: () => undefined };
    const callbacks = new AbandonedCallbacks({ cases, database, agent: () => '1001', office: () => ({ region: 'SE', timeZone: 'Europe/Stockholm', closesAt: '16:00' }), log });
    callbacks.onPhoneEvent({ type: 'callerIdentified', identified: { callId: 'call-1', caller: gaveUp.caller, match: one } as never });
    callbacks.onPhoneEvent({ type: 'callChanged', call: { ...gaveUp, state: 'ringing' } });
    callbacks.onPhoneEvent({ type: 'callChanged', call: gaveUp });
    callbacks.onPhoneEvent({ type: 'callChanged', call: gaveUp });
    await callbacks.settled();
    expect(saved).toEqual([
      {
        clientId: callbackClientId('call-1'),
        caseTypeCode: 'abandoned_call',
        caseClassCode: 'information_guidance',
        handlerGroupId: group,
        resolvedAtFirstContact: false,
        feedbackChannelCode: 'phone',
        feedbackContact: '+46701740610',
        dueDate: '2026-11-30',
        citizenId,
        callerNumber: '+46701740610',
        callId: 'call-1',
      },
    ]);
  });
});
