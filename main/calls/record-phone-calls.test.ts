import { describe, expect, it } from 'vitest';
import type { CallRecordInput, CallRecordUpdate } from '../../shared/contract/cases.js';
import type { Call } from '../../shared/contract/phone.js';
import type { CallerIdentified } from '../../shared/contract/screenpop.js';
import type { CallRecorder } from './call-recorder.js';
import { PhoneCallRecording } from './record-phone-calls.js';

const citizenId = '0f8c2c1e-4a39-4d3b-9f0e-1c2d3e4f5a6b';
const card = (name: string, id = citizenId) => ({ citizenId: id, name, district: 'Bromma', careManager: null });

function recording(options: { refuse?: Error } = {}) {
  const writes: (['record', CallRecordInput] | ['update', CallRecordUpdate])[] = [];
  const logged: { message: string; fields?: Record<string, unknown> }[] = [];
  const recorder = {
    recordCall: async (input: CallRecordInput) => {
      if (options.refuse) throw options.refuse;
      writes.push(['record', input]);
      return 'saved' as const;
    },
    updateCallRecord: async (update: CallRecordUpdate) => {
      writes.push(['update', update]);
      return 'saved' as const;
    },
  } as unknown as CallRecorder;
  const log = { info: () => {}, warn: () => {}, error: (message: string, fields?: Record<string, unknown>) => logged.push({ message, ...(fields ? { fields } : {}) }) };
  return { rec: new PhoneCallRecording({ recorder, agent: () => '1001', log }), writes, logged };
}

const inbound = (change: Partial<Call> = {}): Call => ({
  callId: 'call-1',
  direction: 'inbound',
  state: 'ringing',
  caller: { e164: '+46701740605', display: '070-174 06 05' },
  dialled: '600',
  offeredAt: 1_000,
  ...change,
});
const identified = (match: CallerIdentified['match'], caller = inbound().caller): CallerIdentified => ({ callId: 'call-1', caller, match });

describe('PhoneCallRecording', () => {
  it('records an answered call: offered with the one citizen, answered by this agent, ended as answered', async () => {
    const { rec, writes } = recording();
    rec.onEvent({ type: 'callerIdentified', identified: identified({ kind: 'citizens', citizens: [card('Margareta Lindqvist')] }) });
    rec.onEvent({ type: 'callChanged', call: inbound() });
    rec.onEvent({ type: 'callChanged', call: inbound({ state: 'answering' }) });
    rec.onEvent({ type: 'callChanged', call: inbound({ state: 'active', answeredAt: 2_000 }) });
    rec.onEvent({ type: 'callChanged', call: inbound({ state: 'ended', answeredAt: 2_000, endedAt: 9_000, endReason: 'hungUpByCaller' }) });
    await rec.settled();
    expect(writes.map(([kind, w]) => [kind, { ...w, clientId: undefined }])).toEqual([
      ['record', { clientId: undefined, callId: 'call-1', direction: 'inbound', dialled: '600', callerNumber: '+46701740605', citizenId, offeredAt: 1_000 }],
      ['update', { clientId: undefined, callId: 'call-1', answeredAt: 2_000, answeredBy: '1001' }],
      ['update', { clientId: undefined, callId: 'call-1', endedAt: 9_000, outcome: 'answered' }],
    ]);
    expect(new Set(writes.map(([, w]) => w.clientId)).size).toBe(3);
    expect(rec.party('call-1')).toEqual({ number: inbound().caller, citizenName: 'Margareta Lindqvist' });
  });

  it('stores neither number nor citizen for a protected caller, and shows only the marker', async () => {
    const { rec, writes } = recording();
    rec.onEvent({ type: 'callerIdentified', identified: identified({ kind: 'protected' }, { e164: null, display: '' }) });
    rec.onEvent({ type: 'callChanged', call: inbound({ caller: { e164: null, display: '' } }) });
    rec.onEvent({ type: 'callChanged', call: inbound({ state: 'ended', endedAt: 5_000, endReason: 'callerGaveUp' }) });
    await rec.settled();
    expect(writes[0]![1]).not.toHaveProperty('callerNumber');
    expect(writes[0]![1]).not.toHaveProperty('citizenId');
    expect(writes[1]![1]).toMatchObject({ outcome: 'missed', endedAt: 5_000 });
    expect(rec.party('call-1')).toEqual({ number: null, protectedCaller: true });
  });

  it('names no citizen when the number is shared by several', async () => {
    const { rec, writes } = recording();
    rec.onEvent({ type: 'callerIdentified', identified: identified({ kind: 'citizens', citizens: [card('Gunnar Berg'), card('Ingrid Berg', '1f8c2c1e-4a39-4d3b-9f0e-1c2d3e4f5a6b')] }) });
    rec.onEvent({ type: 'callChanged', call: inbound() });
    await rec.settled();
    expect(writes[0]![1]).not.toHaveProperty('citizenId');
    expect(rec.party('call-1')?.citizenName).toBeUndefined();
  });

  it('writes no end for a call another agent answered: that desk completes the row', async () => {
    const { rec, writes } = recording();
    rec.onEvent({ type: 'callChanged', call: inbound() });
    rec.onEvent({ type: 'callChanged', call: inbound({ state: 'ended', endedAt: 3_000, endReason: 'answeredElsewhere' }) });
    await rec.settled();
    expect(writes.map(([kind]) => kind)).toEqual(['record']);
  });

  it('records an outgoing call with the number dialled and no caller number', async () => {
    const { rec, writes } = recording();
    const out: Call = { callId: 'out-1', direction: 'outbound', state: 'dialling', caller: { e164: '+46701740650', display: '070-174 06 50' }, dialled: '+46701740650', offeredAt: 1_000 };
    rec.onEvent({ type: 'callChanged', call: out });
    rec.onEvent({ type: 'callChanged', call: { ...out, state: 'ended', endedAt: 4_000, endReason: 'failed' } });
    await rec.settled();
    expect(writes.map(([, w]) => ({ ...w, clientId: undefined }))).toEqual([
      { clientId: undefined, callId: 'out-1', direction: 'outbound', dialled: '+46701740650', offeredAt: 1_000 },
      { clientId: undefined, callId: 'out-1', endedAt: 4_000, outcome: 'abandoned' },
    ]);
  });

  it('logs a refused record, without the number, and keeps going', async () => {
    const refusal = Object.assign(new Error('insert or update on table "call_records" violates foreign key constraint'), { code: '23503' });
    const { rec, logged } = recording({ refuse: refusal });
    rec.onEvent({ type: 'callChanged', call: inbound() });
    await rec.settled();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ message: 'call record not saved', fields: { callId: 'call-1', failure: 'sqlstate 23503' } });
    expect(JSON.stringify(logged)).not.toContain('46701740605');
  });
});
