/**
 * The agent's state against a real Kamailio hunt group with two members (this desk and a Node
 * phone): Not ready declines so only the other member rings, Ready rings the desk, a call left
 * ringing makes the agent Not ready (missedCall) and goes on to the other member, and every
 * change is in the agent-state log of the desk's database.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgliteDatabase } from '../../main/data/pglite-database.js';
import type { AgentStatus } from '../../shared/contract/agent.js';
import { startPbx, type Pbx } from '../fixtures/pbx/pbx.js';
import { createNodePhone, type NodePhone } from '../fixtures/sip/node-phone.js';
import { startCoreUnderTest, type CoreUnderTest } from './harness/core-under-test.js';

const users = { '1001': 'pw-1001', '1002': 'pw-1002', 'pstn-gateway': 'pw-gateway' };

let pbx: Pbx;
let desk: CoreUnderTest;
let colleague: NodePhone;
let gateway: NodePhone;
const states: AgentStatus[] = [];
let startedAt = 0;

beforeAll(async () => {
  startedAt = Date.now();
  pbx = await startPbx({ users, huntGroups: { '600': ['1001', '1002'] }, trunkUser: 'pstn-gateway' });
  desk = await startCoreUnderTest({
    sip: { server: pbx.wsUrl, user: '1001', password: users['1001'] },
    agent: { ringTimeoutSeconds: 2, wrapUpSeconds: 0 },
  });
  desk.renderer.on('agent.stateChanged', (status) => states.push(status));
  await desk.waitFor('phone.registrationChanged', (s) => s.state === 'registered', 15_000);
  [colleague, gateway] = await Promise.all([
    createNodePhone({ wsUrl: pbx.wsUrl, user: '1002', password: users['1002'] }),
    createNodePhone({ wsUrl: pbx.wsUrl, user: 'pstn-gateway', password: users['pstn-gateway'] }),
  ]);
}, 30_000);

afterAll(async () => {
  await Promise.all([colleague?.stop(), gateway?.stop()]);
  await desk?.core.stop();
  rmSync(desk?.dataDir ?? '/nonexistent', { recursive: true, force: true });
  await pbx?.stop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const callsSeen = () => new Set(desk.events.flatMap((e) => (e.channel === 'phone.callChanged' ? [(e.payload as { callId: string }).callId] : [])));
const ringsAtDesk = () => desk.events.filter((e) => e.channel === 'phone.callChanged' && (e.payload as { state: string }).state === 'ringing').length;

async function choose(state: 'ready' | 'notReady', reason?: string) {
  const result = await desk.renderer.request('agent.setState', reason === undefined ? { state } : { state, reason });
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('agent state with a ring-all hunt group', () => {
  it('is Ready once the phone is registered', async () => {
    await expect.poll(async () => {
      const result = await desk.renderer.request('agent.getState', {});
      return result.ok ? result.value.state : undefined;
    }).toBe('ready');
  });

  it('Not ready: the call rings only the other member', async () => {
    expect(await choose('notReady', 'break')).toMatchObject({ state: 'notReady', reason: 'break' });
    const before = ringsAtDesk();
    const caller = gateway.call('600');
    const atColleague = await colleague.nextIncoming();
    await sleep(500);
    expect(ringsAtDesk()).toBe(before);
    await atColleague.accept();
    await caller.waitEstablished();
    await caller.hangUp();
    await atColleague.waitTerminated();
  });

  it('Ready: the call rings the desk too', async () => {
    expect((await choose('ready')).state).toBe('ready');
    const seen = callsSeen();
    const caller = gateway.call('600');
    const ringing = await desk.waitFor('phone.callChanged', (c) => c.state === 'ringing' && !seen.has(c.callId));
    const atColleague = await colleague.nextIncoming();
    await caller.hangUp();
    await desk.waitFor('phone.callChanged', (c) => c.callId === ringing.callId && c.state === 'ended');
    await atColleague.waitTerminated();
  });

  it('a call left ringing makes the agent Not ready (missedCall) and goes on ringing the other member', async () => {
    const seen = callsSeen();
    const caller = gateway.call('600');
    const ringing = await desk.waitFor('phone.callChanged', (c) => c.state === 'ringing' && !seen.has(c.callId));
    const atColleague = await colleague.nextIncoming();
    await expect.poll(() => states.at(-1), { timeout: 4_000 }).toMatchObject({ state: 'notReady', reason: 'missedCall' });
    await desk.waitFor('phone.callChanged', (c) => c.callId === ringing.callId && c.state === 'ended');
    await atColleague.accept();
    await caller.waitEstablished();
    await caller.hangUp();
    await atColleague.waitTerminated();
  });

  it('logs every change, with its reason, in the agent-state log', async () => {
    await desk.core.stop();
    const db = await openPgliteDatabase(join(desk.dataDir, 'database'));
    try {
      const rows = await db.query<{ state: string; reason: string }>(
        "select state, reason from agent_state_log where sip_user = '1001' and at >= $1 order by id",
        [new Date(startedAt)],
      );
      expect(rows).toEqual([
        { state: 'ready', reason: '' },
        { state: 'not_ready', reason: 'break' },
        { state: 'ready', reason: '' },
        { state: 'not_ready', reason: 'missedCall' },
        { state: 'offline', reason: '' },
      ]);
    } finally {
      await db.close();
    }
  });
});
