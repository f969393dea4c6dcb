/**
 * The caller summary against a real Kamailio and the embedded database: a lone citizen's summary
 * is pushed once the 180 has left (never before it), several citizens wait for the agent's choice,
 * an unknown caller is searched for, and every look-up is audited exactly once: a summary read is
 * part of the screen-pop's look-up or the search that showed the citizen, with no row of its own.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCallers } from '../../main/data/demo/demo-callers.js';
import { openPgliteDatabase } from '../../main/data/pglite-database.js';
import type { CallerIdentified, SummaryRead } from '../../shared/contract/index.js';
import { startPbx, type Pbx } from '../fixtures/pbx/pbx.js';
import { createNodePhone, type NodePhone } from '../fixtures/sip/node-phone.js';
import { ok, startCoreUnderTest, type CoreUnderTest } from './harness/core-under-test.js';
import { tapOutgoingSip } from './harness/sip-wire-tap.js';

const users = { '1001': 'pw-1001', 'pstn-gateway': 'pw-gateway' };
let pbx: Pbx;
let desk: CoreUnderTest;
let gateway: NodePhone;
const wire = tapOutgoingSip();
const pushed: { read: SummaryRead; at: number }[] = [];
const calls: Record<'known' | 'parents' | 'unknown' | 'protected', string> = { known: '', parents: '', unknown: '', protected: '' };

beforeAll(async () => {
  pbx = await startPbx({ users, huntGroups: { '600': ['1001'] }, trunkUser: 'pstn-gateway' });
  desk = await startCoreUnderTest({ sip: { server: pbx.wsUrl, user: '1001', password: users['1001'] }, agent: { wrapUpSeconds: 0 } });
  desk.renderer.on('citizens.summaryRead', (read) => pushed.push({ read, at: performance.now() }));
  await desk.waitFor('phone.registrationChanged', (s) => s.state === 'registered', 15_000);
  gateway = await createNodePhone({ wsUrl: pbx.wsUrl, user: 'pstn-gateway', password: users['pstn-gateway'] });
});

afterAll(async () => {
  await gateway?.stop();
  await desk?.stop();
  await pbx?.stop();
  wire.restore();
});

/** Rings the desk from `e164` and gives the screen-pop; the caller hangs up with the returned function. */
async function ringFrom(e164: string): Promise<{ popped: CallerIdentified; hangUp: () => Promise<void> }> {
  const call = gateway.call('600', { assertedIdentity: e164 });
  const popped = await desk.waitFor('screenpop.callerIdentified', (p) => (p.caller.e164 === e164 || p.match.kind === 'protected') && !Object.values(calls).includes(p.callId));
  await desk.callChange(popped.callId, (c) => c.state === 'ringing');
  return {
    popped,
    hangUp: async () => {
      await call.hangUp();
      await desk.callChange(popped.callId, (c) => c.state === 'ended');
    },
  };
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('caller summary against a real PBX', () => {
  it('pushes a lone citizen\'s summary after the 180 has left, with her invoices, safety facts and care manager', async () => {
    const { popped, hangUp } = await ringFrom(demoCallers.knownCitizen.e164);
    calls.known = popped.callId;
    await expect.poll(() => pushed.find((p) => p.read.callId === popped.callId), { timeout: 5000 }).toBeDefined();
    const { read, at } = pushed.find((p) => p.read.callId === popped.callId)!;
    const ringing = wire.sent.find((m) => m.firstLine.startsWith('SIP/2.0 180') && m.callId && popped.callId.startsWith(m.callId));
    expect(ringing, '180 Ringing was never sent').toBeDefined();
    expect(ringing!.at).toBeLessThan(at);
    const summary = read.summary;
    if (summary.kind !== 'citizen') throw new Error(`expected a summary, got ${summary.kind}`);
    expect(summary).toMatchObject({
      name: 'Margareta Lindqvist',
      district: { name: 'Bromma', municipality: 'Stockholm' },
      careManager: { name: 'Karin Holm', phone: { e164: '+46846500401', display: '08-465 004 01' } },
      safety: { preferredLanguage: 'sv' },
    });
    expect(summary.personalIdentityNumber).toMatch(/^\d{8}-\*{4}$/);
    expect(summary.invoices.some((invoice) => !invoice.paid && /^\d+$/.test(invoice.ocrReference) && invoice.currency === 'SEK')).toBe(true);
    await hangUp();
  });

  it('reads nobody for a relative calling about both parents until the agent chooses one, and only one shown for that call', async () => {
    const { popped, hangUp } = await ringFrom(demoCallers.relativeOfParents.e164);
    calls.parents = popped.callId;
    if (popped.match.kind !== 'citizens') throw new Error('expected citizens');
    expect(popped.match.citizens.map((citizen) => [citizen.name, citizen.viaRelative?.name])).toEqual([
      ['Gunnar Berg', 'Eva Berg'],
      ['Ingrid Berg', 'Eva Berg'],
    ]);
    await settle(1500);
    expect(pushed.filter((p) => p.read.callId === popped.callId)).toEqual([]);
    const ingrid = popped.match.citizens.find((citizen) => citizen.name === 'Ingrid Berg')!;
    const read = await ok(desk.renderer.request('citizens.readSummary', { callId: popped.callId, citizenId: ingrid.citizenId }));
    expect(read.summary).toMatchObject({ kind: 'citizen', name: 'Ingrid Berg' });
    const margaretaId = demoCallers.knownCitizen.match.kind === 'citizens' ? demoCallers.knownCitizen.match.citizens[0]!.citizenId : '';
    expect(await desk.renderer.request('citizens.readSummary', { callId: popped.callId, citizenId: margaretaId })).toEqual({
      ok: false,
      error: { code: 'citizenNotShown', messageKey: 'caller.errors.citizenNotShown' },
    });
    await hangUp();
  });

  it('finds an unknown caller by name, and reads the citizen the agent chose from the hits', async () => {
    const { popped, hangUp } = await ringFrom(demoCallers.nobody.e164);
    calls.unknown = popped.callId;
    expect(popped.match).toEqual({ kind: 'unknown' });
    const { hits } = await ok(desk.renderer.request('citizens.search', { callId: popped.callId, query: 'Margareta Lindqvist' }));
    expect(hits.map((hit) => hit.name)).toContain('Margareta Lindqvist');
    const margareta = hits.find((hit) => hit.name === 'Margareta Lindqvist')!;
    const read = await ok(desk.renderer.request('citizens.readSummary', { callId: popped.callId, citizenId: margareta.citizenId }));
    expect(read.summary).toMatchObject({ kind: 'citizen', name: 'Margareta Lindqvist' });
    expect(await desk.renderer.request('citizens.search', { callId: 'no-such-call', query: 'Lindqvist' })).toMatchObject({ ok: false, error: { code: 'callNotFound' } });
    await hangUp();
  });

  it('reads nothing for a protected identity', async () => {
    const { popped, hangUp } = await ringFrom(demoCallers.protectedIdentity.e164);
    calls.protected = popped.callId;
    await settle(1500);
    expect(pushed.filter((p) => p.read.callId === popped.callId)).toEqual([]);
    await hangUp();
  });

  it('audited each look-up once: the screen-pop and each search, whom they showed, and no summary read besides', async () => {
    await desk.core.stop();
    const db = await openPgliteDatabase(join(desk.dataDir, 'database'));
    try {
      const audit = async (callId: string) =>
        (await db.query<{ purpose: string; n: number }>('select purpose, count(*)::int as n from lookup_audit where call_id = $1 group by purpose order by purpose', [callId])).map(
          (row) => `${row.purpose}:${row.n}`,
        );
      expect(await audit(calls.known)).toEqual(['screen-pop:1']);
      expect(await audit(calls.parents)).toEqual(['screen-pop:2']);
      const searchHits = await db.query<{ n: number }>('select found as n from citizen_search_audit where call_id = $1', [calls.unknown]);
      expect(searchHits).toHaveLength(1);
      expect(await audit(calls.unknown)).toEqual([`search:${searchHits[0]!.n}`]);
      expect(await audit(calls.protected)).toEqual(['screen-pop:1']);
      expect(await db.query('select search_kind from citizen_search_audit')).toEqual([{ search_kind: 'name_or_address' }]);
    } finally {
      await db.close();
    }
    expect(desk.logLines.join('\n')).not.toMatch(/Lindqvist|Margareta/);
  });
});
