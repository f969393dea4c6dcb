/**
 * The desk core against a real Kamailio: citizens call the hunt group through the PSTN gateway
 * (real sip.js caller in Node); the core must put the right card in front of the agent before
 * its 180 Ringing leaves, answer, and end cleanly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Call } from '../../shared/contract/phone.js';
import { join } from 'node:path';
import { demoCallers } from '../../main/data/demo/demo-callers.js';
import { openPgliteDatabase } from '../../main/data/pglite-database.js';
import { startPbx, type Pbx } from '../fixtures/pbx/pbx.js';
import { createNodePhone, type NodePhone } from '../fixtures/sip/node-phone.js';
import { startCoreUnderTest, type CoreUnderTest } from './harness/core-under-test.js';
import { tapOutgoingSip } from './harness/sip-wire-tap.js';

const users = { '1001': 'pw-1001', 'pstn-gateway': 'pw-gateway' };
let pbx: Pbx;
let desk: CoreUnderTest;
let gateway: NodePhone;
const wire = tapOutgoingSip();

beforeAll(async () => {
  pbx = await startPbx({ users, huntGroups: { '600': ['1001'] }, trunkUser: 'pstn-gateway' });
  desk = await startCoreUnderTest({ sip: { server: pbx.wsUrl, user: '1001', password: users['1001'] } });
  await desk.waitFor('phone.registrationChanged', (s) => s.state === 'registered', 15_000);
  gateway = await createNodePhone({ wsUrl: pbx.wsUrl, user: 'pstn-gateway', password: users['pstn-gateway'] });
});

afterAll(async () => {
  await gateway?.stop();
  await desk?.stop();
  await pbx?.stop();
  wire.restore();
});

const ringingFor = (callId: string) => (call: Call) => call.callId === callId && call.state === 'ringing';

describe('screen-pop against a real PBX', () => {
  it('shows the known citizen before 180 Ringing leaves the desk, then connects and ends', async () => {
    const call = gateway.call('600', { assertedIdentity: demoCallers.knownCitizen.e164 });
    const popped = await desk.waitFor('screenpop.callerIdentified', (p) => p.caller.e164 === demoCallers.knownCitizen.e164);
    expect(popped.match).toEqual({
      kind: 'citizens',
      citizens: [
        {
          citizenId: expect.any(String),
          name: 'Margareta Lindqvist',
          district: 'Bromma',
          careManager: { name: 'Karin Holm', phone: { e164: '+46846500401', display: '08-465 004 01' } },
        },
      ],
    });
    await desk.waitFor('phone.callChanged', ringingFor(popped.callId));

    await until(() => call.times.progress !== undefined);
    const ringingSent = wire.sent.find((m) => m.firstLine.startsWith('SIP/2.0 180') && m.callId && popped.callId.startsWith(m.callId));
    expect(ringingSent, '180 Ringing was never sent').toBeDefined();
    const screenPopSent = desk.sentAt.get(popped.callId)!;
    expect(screenPopSent).toBeLessThan(ringingSent!.at);
    console.info(`screen-pop sent ${(ringingSent!.at - screenPopSent).toFixed(1)} ms before 180 Ringing`);

    expect(await desk.renderer.request('phone.answerCall', { callId: popped.callId })).toEqual({ ok: true, value: {} });
    await call.waitEstablished();
    await desk.waitFor('phone.callChanged', (c) => c.callId === popped.callId && c.state === 'active');
    await call.hangUp();
    const ended = await desk.waitFor('phone.callChanged', (c) => c.callId === popped.callId && c.state === 'ended');
    expect(ended.endReason).toBe('hungUpByCaller');
    expect(await desk.renderer.request('phone.getSnapshot', {})).toMatchObject({ ok: true, value: { calls: [] } });
    // Wrap-up done: hunt-group calls ring again rather than wait for the agent.
    expect(await desk.renderer.request('agent.setState', { state: 'ready' })).toMatchObject({ ok: true, value: { state: 'ready' } });
  });
});

describe('callers the register does not know, and numbers that are not numbers', () => {
  it('calls a number nobody owns an unknown caller, formatted for reading aloud', async () => {
    const call = gateway.call('600', { assertedIdentity: demoCallers.nobody.e164 });
    const popped = await desk.waitFor('screenpop.callerIdentified', (p) => p.caller.e164 === demoCallers.nobody.e164);
    expect(popped.match).toEqual({ kind: 'unknown' });
    expect(popped.caller.display).toMatch(/^0\d/);
    await call.hangUp();
    const ended = await desk.waitFor('phone.callChanged', (c) => c.callId === popped.callId && c.state === 'ended');
    expect(ended.endReason).toBe('callerGaveUp');
  });

  it.each([
    ['an anonymous caller', { fromUser: 'anonymous' }, ''],
    ['a number with letters in it', { fromUser: '0701abc605' }, ''],
    ['a number far too long', { fromUser: '+4670174060512345678901' }, ''],
  ])('rings with "unknown caller" for %s and keeps working', async (_label, options, display) => {
    const call = gateway.call('600', options);
    const ringing = await desk.waitFor('phone.callChanged', (c) => c.state === 'ringing' && !desk.events.some((e) => e.channel === 'phone.callChanged' && (e.payload as Call).callId === c.callId && (e.payload as Call).state === 'ended'));
    const popped = await desk.waitFor('screenpop.callerIdentified', (p) => p.callId === ringing.callId);
    expect(popped).toMatchObject({ match: { kind: 'unknown' }, caller: { e164: null, display } });
    await call.hangUp();
    await desk.waitFor('phone.callChanged', (c) => c.callId === ringing.callId && c.state === 'ended');
  });

  it('answers a request for a call that does not exist with a typed error', async () => {
    expect(await desk.renderer.request('phone.answerCall', { callId: 'no-such-call' })).toEqual({
      ok: false,
      error: { code: 'callNotFound', messageKey: 'phone.errors.callNotFound' },
    });
  });

  it('audited each look-up that found someone, and nothing for the unknown ones', async () => {
    const known = desk.events.find((e) => e.channel === 'screenpop.callerIdentified' && (e.payload as { match: { kind: string } }).match.kind === 'citizens');
    const callId = (known!.payload as { callId: string }).callId;
    await desk.core.stop();
    const db = await openPgliteDatabase(join(desk.dataDir, 'database'));
    try {
      const rows = await db.query('select agent, call_id, purpose from lookup_audit order by looked_up_at');
      // The lone citizen's summary, read after the ring, is part of the screen-pop's look-up: no row of its own.
      expect(rows).toEqual([{ agent: '1001', call_id: callId, purpose: 'screen-pop' }]);
    } finally {
      await db.close();
    }
  });
});

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
