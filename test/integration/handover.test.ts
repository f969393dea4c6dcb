/**
 * The urgent handover against a real Kamailio, with the core and its embedded database in this
 * process: a Bromma citizen calls, the agent hands them to Bromma's on-call mobile, which does
 * not answer within the (shortened) timeout, so the deputy is called, answers, is briefed and
 * takes the caller. Every attempt lands in call_transfers with the call.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCallers } from '../../main/data/demo/demo-callers.js';
import { openDeskDatabase } from '../../main/data/desk-database.js';
import { openPgliteDatabase } from '../../main/data/pglite-database.js';
import type { Call } from '../../shared/contract/phone.js';
import type { CallerIdentified } from '../../shared/contract/screenpop.js';
import type { Transfer } from '../../shared/contract/transfer.js';
import { startPbx, type Pbx } from '../fixtures/pbx/pbx.js';
import { createNodePhone, type NodePhone, type OutgoingCall } from '../fixtures/sip/node-phone.js';
import { ok, startCoreUnderTest, type CoreUnderTest } from './harness/core-under-test.js';

// Bromma's mobiles for this test (fictional, PTS range 070-174 06 xx), set in the demo database
// with no rota shift of its own, so the on-call number comes first whatever the weekday.
const oncall = '+46701740680';
const deputy = '+46701740681';
const citizen = demoCallers.knownCitizen.e164;
const users = { '1001': 'pw-1001', 'pstn-gateway': 'pw-gateway', [oncall]: 'pw-oncall', [deputy]: 'pw-deputy' };
const ANSWER_TIMEOUT_S = 2;

let pbx: Pbx;
let desk: CoreUnderTest;
let gateway: NodePhone;
let oncallPhone: NodePhone;
let deputyPhone: NodePhone;
const dataDir = mkdtempSync(join(tmpdir(), 'careline-handover-'));

beforeAll(async () => {
  const db = await openDeskDatabase(dataDir);
  try {
    await db.query(`update districts set oncall_number = $1, oncall_deputy_number = $2 where municipality = 'Stockholm' and name = 'Bromma'`, [oncall, deputy]);
    await db.query(`delete from oncall_shifts where district_id = (select id from districts where municipality = 'Stockholm' and name = 'Bromma')`);
  } finally {
    await db.close();
  }
  pbx = await startPbx({ users, huntGroups: { '600': ['1001'] }, trunkUser: 'pstn-gateway' });
  desk = await startCoreUnderTest({ sip: { server: pbx.wsUrl, user: '1001', password: users['1001'] }, handover: { answerTimeoutSeconds: ANSWER_TIMEOUT_S } }, dataDir);
  await desk.waitFor('phone.registrationChanged', (s) => s.state === 'registered', 15_000);
  [gateway, oncallPhone, deputyPhone] = await Promise.all([
    createNodePhone({ wsUrl: pbx.wsUrl, user: 'pstn-gateway', password: users['pstn-gateway'] }),
    createNodePhone({ wsUrl: pbx.wsUrl, user: oncall, password: users[oncall]! }),
    createNodePhone({ wsUrl: pbx.wsUrl, user: deputy, password: users[deputy]! }),
  ]);
});

afterAll(async () => {
  await Promise.all([gateway?.stop(), oncallPhone?.stop(), deputyPhone?.stop()]);
  await desk?.stop();
  await pbx?.stop();
});

const transfer = (callId: string, match: (t: Transfer) => boolean, timeoutMs = 5000) =>
  desk.waitFor('transfer.changed', (t) => t.callId === callId && match(t), timeoutMs);

/** Margareta (Bromma) calls; the agent answers with her card on screen. */
async function answeredCall(): Promise<{ callId: string; citizenId: string; caller: OutgoingCall }> {
  const seen = new Set(desk.events.filter((e) => e.channel === 'phone.callChanged').map((e) => (e.payload as Call).callId));
  const caller = gateway.call('600', { assertedIdentity: citizen });
  const offered = await desk.waitFor('phone.callChanged', (c) => !seen.has(c.callId) && c.direction === 'inbound' && (c.state === 'ringing' || c.state === 'waiting'));
  const card = await desk.waitFor('screenpop.callerIdentified', (i: CallerIdentified) => i.callId === offered.callId);
  if (card.match.kind !== 'citizens') throw new Error(`no citizen card: ${card.match.kind}`);
  await ok(desk.renderer.request('phone.answerCall', { callId: offered.callId }));
  await caller.waitEstablished();
  await desk.callChange(offered.callId, (c) => c.state === 'active');
  return { callId: offered.callId, citizenId: card.match.citizens[0]!.citizenId, caller };
}

describe('urgent handover to the district on-call', () => {
  it("offers the handover for the caller's district", async () => {
    const { callId, citizenId, caller } = await answeredCall();
    expect(await ok(desk.renderer.request('transfer.getOncall', { callId, citizenId }))).toEqual({ district: 'Bromma', available: true });
    await ok(desk.renderer.request('phone.hangUpCall', { callId }));
    await caller.waitTerminated();
  });

  it('tries the on-call, then the deputy; when neither answers the agent goes back to the caller', async () => {
    const { callId, citizenId, caller } = await answeredCall();
    await ok(desk.renderer.request('transfer.startUrgent', { callId, citizenId }));
    const atOncall = await oncallPhone.nextIncoming();
    const atDeputy = await deputyPhone.nextIncoming((ANSWER_TIMEOUT_S + 3) * 1000);
    expect(atOncall.cancelled).toBe(true);
    await atDeputy.waitTerminated((ANSWER_TIMEOUT_S + 3) * 1000);
    expect(await transfer(callId, (t) => t.state === 'nobodyAnswered')).toMatchObject({ kind: 'urgentOncall', district: 'Bromma', attempt: 'deputy' });
    expect(caller.localDirection()).toBe('recvonly');
    await ok(desk.renderer.request('transfer.cancel', { callId }));
    await desk.callChange(callId, (c) => c.held === false);
    expect(caller.localDirection()).toBe('sendrecv');
    await ok(desk.renderer.request('phone.hangUpCall', { callId }));
    await caller.waitTerminated();
  });

  it('hands the caller to the deputy when the on-call does not answer, and records both attempts with the call', async () => {
    const { callId, citizenId, caller } = await answeredCall();
    const started = performance.now();
    await ok(desk.renderer.request('transfer.startUrgent', { callId, citizenId }));
    expect(await transfer(callId, (t) => t.state === 'calling' && t.attempt === 'oncall')).toMatchObject({ target: { e164: oncall } });
    const atOncall = await oncallPhone.nextIncoming();
    await desk.callChange(callId, (c) => c.held === true);

    const atDeputy = await deputyPhone.nextIncoming((ANSWER_TIMEOUT_S + 3) * 1000);
    const gaveUpAfter = performance.now() - started;
    expect(atOncall.cancelled).toBe(true);
    expect(gaveUpAfter).toBeGreaterThanOrEqual(ANSWER_TIMEOUT_S * 1000);
    await transfer(callId, (t) => t.state === 'calling' && t.attempt === 'deputy');
    await atDeputy.accept();
    await transfer(callId, (t) => t.state === 'consulting' && t.attempt === 'deputy');
    // Still held while the agent briefs the deputy.
    expect(caller.localDirection()).toBe('recvonly');

    await ok(desk.renderer.request('transfer.complete', { callId }));
    const followed = await gateway.nextReferred();
    const replacing = await deputyPhone.nextIncoming();
    await followed.waitEstablished();
    expect(replacing.request.getHeader('P-Asserted-Identity')).toContain(citizen);
    await transfer(callId, (t) => t.state === 'completed');
    expect(await desk.callChange(callId, (c) => c.state === 'ended')).toMatchObject({ endReason: 'transferred' });
    await atDeputy.waitTerminated();
    console.info(`urgent handover: on-call given up after ${gaveUpAfter.toFixed(0)} ms, caller with deputy after ${(performance.now() - started).toFixed(0)} ms`);
    await replacing.hangUp();

    await desk.core.stop();
    expect(desk.logLines.filter((line) => /not saved/.test(line))).toEqual([]);
    const db = await openPgliteDatabase(join(dataDir, 'database'));
    try {
      const rows = await db.query(
        `select t.kind, t.target_number, t.target_label, t.answered_at is not null as answered, t.accepted_by, t.outcome, r.outcome as call_outcome
           from call_transfers t join call_records r on r.id = t.call_record_id
          where r.call_id = $1 order by t.attempted_at`,
        [callId],
      );
      expect(rows).toEqual([
        { kind: 'urgent_oncall', target_number: oncall, target_label: 'Bromma on-call', answered: false, accepted_by: '', outcome: 'no_answer', call_outcome: 'transferred' },
        { kind: 'urgent_oncall', target_number: deputy, target_label: 'Bromma on-call deputy', answered: true, accepted_by: deputy, outcome: 'accepted', call_outcome: 'transferred' },
      ]);
    } finally {
      await db.close();
    }
  });
});
