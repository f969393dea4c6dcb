/**
 * Call history against a real Kamailio, with the core in this process and the embedded database:
 * every call the desk handles leaves one call record with the right outcome and times, and the
 * agent's "Recent calls" reads them back, the caller as the screen-pop showed them.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCallers } from '../../main/data/demo/demo-callers.js';
import { openPgliteDatabase } from '../../main/data/pglite-database.js';
import type { Call, CallHistoryEntry } from '../../shared/contract/phone.js';
import { startPbx, type Pbx } from '../fixtures/pbx/pbx.js';
import { createNodePhone, type NodePhone } from '../fixtures/sip/node-phone.js';
import { startCoreUnderTest, type CoreUnderTest } from './harness/core-under-test.js';

const callee = { e164: '+46701740650', typed: '070-174 06 50' };
const users = { '1001': 'pw-1001', 'pstn-gateway': 'pw-gateway', [callee.e164]: 'pw-callee' };

let pbx: Pbx;
let desk: CoreUnderTest;
let gateway: NodePhone;
let calleePhone: NodePhone;
const dataDir = mkdtempSync(join(tmpdir(), 'careline-history-'));
const ended = new Map<string, Call>();

beforeAll(async () => {
  pbx = await startPbx({ users, huntGroups: { '600': ['1001'] }, trunkUser: 'pstn-gateway' });
  desk = await startCoreUnderTest({ sip: { server: pbx.wsUrl, user: '1001', password: users['1001'] } }, dataDir);
  await desk.waitFor('phone.registrationChanged', (s) => s.state === 'registered', 15_000);
  [gateway, calleePhone] = await Promise.all([
    createNodePhone({ wsUrl: pbx.wsUrl, user: 'pstn-gateway', password: users['pstn-gateway'] }),
    createNodePhone({ wsUrl: pbx.wsUrl, user: callee.e164, password: users[callee.e164]! }),
  ]);
});

afterAll(async () => {
  await Promise.all([gateway?.stop(), calleePhone?.stop()]);
  await desk?.stop();
  await pbx?.stop();
});

const endOf = async (callId: string) => {
  const call = await desk.waitFor('phone.callChanged', (c) => c.callId === callId && c.state === 'ended');
  ended.set(callId, call);
  return call;
};

async function history(): Promise<CallHistoryEntry[]> {
  const result = await desk.renderer.request('phone.getCallHistory', { limit: 200 });
  if (!result.ok) throw new Error(`history refused: ${JSON.stringify(result.error)}`);
  return result.value.calls;
}

/** Writes go out after the event that caused them: poll until the history shows the end. */
async function entryWhenEnded(callId: string): Promise<CallHistoryEntry> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const entry = (await history()).find((e) => e.callId === callId);
    if (entry?.endedAt !== undefined || Date.now() > deadline) return entry!;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const ids: Record<'answered' | 'missed' | 'protectedMissed' | 'outbound', string> = { answered: '', missed: '', protectedMissed: '', outbound: '' };

describe('call history', () => {
  it('records an answered call with who answered, and shows it with the citizen the card named', async () => {
    const call = gateway.call('600', { assertedIdentity: demoCallers.knownCitizen.e164 });
    const popped = await desk.waitFor('screenpop.callerIdentified', (p) => p.caller.e164 === demoCallers.knownCitizen.e164);
    ids.answered = popped.callId;
    await desk.waitFor('phone.callChanged', (c) => c.callId === popped.callId && c.state === 'ringing');
    expect(await desk.renderer.request('phone.answerCall', { callId: popped.callId })).toEqual({ ok: true, value: {} });
    await call.waitEstablished();
    await desk.waitFor('phone.callChanged', (c) => c.callId === popped.callId && c.state === 'active');
    await call.hangUp();
    const end = await endOf(popped.callId);

    expect(await entryWhenEnded(popped.callId)).toEqual({
      callId: popped.callId,
      direction: 'inbound',
      offeredAt: end.offeredAt,
      answeredAt: end.answeredAt,
      endedAt: end.endedAt,
      outcome: 'answered',
      number: { e164: demoCallers.knownCitizen.e164, display: popped.caller.display },
      citizenName: 'Margareta Lindqvist',
    });
    // Wrap-up done: the next hunt-group calls ring here again.
    expect(await desk.renderer.request('agent.setState', { state: 'ready' })).toMatchObject({ ok: true });
  });

  it('records a call the caller gave up on while it rang as missed', async () => {
    const call = gateway.call('600', { assertedIdentity: demoCallers.nobody.e164 });
    const ringing = await desk.waitFor('phone.callChanged', (c) => c.caller.e164 === demoCallers.nobody.e164 && c.state === 'ringing');
    ids.missed = ringing.callId;
    await call.hangUp();
    const end = await endOf(ringing.callId);
    expect(end.endReason).toBe('callerGaveUp');

    const entry = await entryWhenEnded(ringing.callId);
    expect(entry).toMatchObject({ direction: 'inbound', outcome: 'missed', offeredAt: end.offeredAt, endedAt: end.endedAt });
    expect(entry.answeredAt).toBeUndefined();
    expect(entry.citizenName).toBeUndefined();
  });

  it('never stores or shows the number of a protected caller', async () => {
    const call = gateway.call('600', { assertedIdentity: demoCallers.protectedIdentity.e164 });
    const popped = await desk.waitFor('screenpop.callerIdentified', (p) => p.match.kind === 'protected');
    ids.protectedMissed = popped.callId;
    await desk.waitFor('phone.callChanged', (c) => c.callId === popped.callId && c.state === 'ringing');
    await call.hangUp();
    await endOf(popped.callId);
    const entry = await entryWhenEnded(popped.callId);
    expect(entry).toMatchObject({ outcome: 'missed', number: null, protectedCaller: true });
    expect(entry.citizenName).toBeUndefined();
  });

  it('records an outgoing call the other party answered', async () => {
    const dialled = await desk.renderer.request('phone.dial', { number: callee.typed });
    if (!dialled.ok) throw new Error(`dial refused: ${JSON.stringify(dialled.error)}`);
    const { callId } = dialled.value;
    ids.outbound = callId;
    const incoming = await calleePhone.nextIncoming();
    await incoming.accept();
    await desk.waitFor('phone.callChanged', (c) => c.callId === callId && c.state === 'active');
    await incoming.hangUp();
    const end = await endOf(callId);
    expect(await entryWhenEnded(callId)).toMatchObject({ direction: 'outbound', outcome: 'answered', answeredAt: end.answeredAt, number: { e164: callee.e164 } });
  });

  it('leaves exactly one row per call in call_records, with the outcome and times', async () => {
    await desk.core.stop();
    expect(desk.logLines.filter((line) => line.includes('call record not saved'))).toEqual([]);
    const db = await openPgliteDatabase(join(dataDir, 'database'));
    try {
      const rows = await db.query<{ call_id: string; direction: string; caller_number: string | null; citizen_id: string | null; dialled: string; offered_at: Date; answered_at: Date | null; ended_at: Date | null; answered_by: string | null; outcome: string }>(
        'select call_id, direction, caller_number, citizen_id, dialled, offered_at, answered_at, ended_at, answered_by, outcome from call_records where call_id = any($1::text[]) order by offered_at',
        [Object.values(ids)],
      );
      const at = (ms: number | undefined) => (ms === undefined ? null : new Date(ms));
      const expected = (key: keyof typeof ids, rest: Record<string, unknown>) => {
        const call = ended.get(ids[key])!;
        return { call_id: ids[key], offered_at: at(call.offeredAt), answered_at: at(call.answeredAt), ended_at: at(call.endedAt), ...rest };
      };
      expect(rows).toEqual([
        expected('answered', { direction: 'inbound', caller_number: demoCallers.knownCitizen.e164, citizen_id: expect.stringMatching(/^[0-9a-f-]{36}$/), dialled: '600', answered_by: '1001', outcome: 'answered' }),
        expected('missed', { direction: 'inbound', caller_number: demoCallers.nobody.e164, citizen_id: null, dialled: '600', answered_by: null, outcome: 'missed' }),
        expected('protectedMissed', { direction: 'inbound', caller_number: null, citizen_id: null, dialled: '600', answered_by: null, outcome: 'missed' }),
        expected('outbound', { direction: 'outbound', caller_number: null, citizen_id: null, dialled: callee.e164, answered_by: '1001', outcome: 'answered' }),
      ]);
    } finally {
      await db.close();
    }
  });
});
