/**
 * The desktop shell's way into the core against a real Kamailio: a tel: or sip: link from the OS
 * places a real call (to a mobile behind the trunk, and to a colleague's extension), a link that
 * is no number here sends nothing, the agent dials an extension from the dial pad, and the
 * machine going to sleep makes the agent Not ready (away).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgentStatus } from '../../shared/contract/agent.js';
import type { DeskNotice } from '../../shared/contract/desktop.js';
import type { Call } from '../../shared/contract/phone.js';
import { startPbx, type Pbx } from '../fixtures/pbx/pbx.js';
import { createNodePhone, type NodePhone } from '../fixtures/sip/node-phone.js';
import { startCoreUnderTest, type CoreUnderTest } from './harness/core-under-test.js';
import { tapOutgoingSip } from './harness/sip-wire-tap.js';

// A fictional mobile (PTS range 070-174 06 xx) registered the way mobiles reach the PBX through a trunk.
const mobile = '+46701740670';
const users = { '1001': 'pw-1001', '1002': 'pw-1002', [mobile]: 'pw-mobile', 'pstn-gateway': 'pw-gateway' };

let pbx: Pbx;
let desk: CoreUnderTest;
let colleague: NodePhone;
let mobilePhone: NodePhone;
let gateway: NodePhone;
const states: AgentStatus[] = [];
const notices: DeskNotice[] = [];
const wire = tapOutgoingSip();

beforeAll(async () => {
  pbx = await startPbx({ users, huntGroups: { '600': ['1001'] }, trunkUser: 'pstn-gateway' });
  desk = await startCoreUnderTest({ sip: { server: pbx.wsUrl, user: '1001', password: users['1001'] }, agent: { wrapUpSeconds: 0, ringTimeoutSeconds: 60 } });
  desk.renderer.on('agent.stateChanged', (status) => states.push(status));
  desk.renderer.on('desktop.notice', (notice) => notices.push(notice));
  await desk.waitFor('phone.registrationChanged', (s) => s.state === 'registered', 15_000);
  [colleague, mobilePhone, gateway] = await Promise.all([
    createNodePhone({ wsUrl: pbx.wsUrl, user: '1002', password: users['1002'] }),
    createNodePhone({ wsUrl: pbx.wsUrl, user: mobile, password: users[mobile]! }),
    createNodePhone({ wsUrl: pbx.wsUrl, user: 'pstn-gateway', password: users['pstn-gateway'] }),
  ]);
}, 30_000);

afterAll(async () => {
  await Promise.all([colleague?.stop(), mobilePhone?.stop(), gateway?.stop()]);
  await desk?.stop();
  await pbx?.stop();
  wire.restore();
});

const invites = () => wire.sent.filter((m) => m.firstLine.startsWith('INVITE ')).length;

describe('links from the OS', () => {
  it('a tel: link with a local number and phone-context calls the mobile', async () => {
    const callId = await desk.core.shell.dialLink('tel:070-174 06 70;phone-context=+46');
    const incoming = await mobilePhone.nextIncoming();
    expect(incoming.request.to.uri.user).toBe(mobile);
    await incoming.accept();
    expect(await desk.callChange(callId, (c) => c.state === 'active')).toMatchObject({ direction: 'outbound', dialled: mobile, caller: { e164: mobile } });
    await incoming.hangUp();
    await desk.callChange(callId, (c) => c.state === 'ended');
  });

  it('a sip: link to an extension on this server calls the colleague', async () => {
    const callId = await desk.core.shell.dialLink(`sip:1002@${pbx.domain}`);
    const incoming = await colleague.nextIncoming();
    expect(incoming.request.to.uri.user).toBe('1002');
    await incoming.accept();
    await desk.callChange(callId, (c) => c.state === 'active');
    expect(desk.logLines.join('\n')).not.toContain('070-174');
    await desk.renderer.request('phone.hangUpCall', { callId });
    await desk.callChange(callId, (c) => c.state === 'ended');
  });

  it('a link that is no number here is refused with its reason, and no INVITE leaves', async () => {
    const before = invites();
    await expect(desk.core.shell.dialLink('sip:1002@other.example')).rejects.toMatchObject({ messageKey: 'desktop.link.otherDomain' });
    await expect(desk.core.shell.dialLink('tel:+46812345678;ext=12')).rejects.toMatchObject({ messageKey: 'desktop.link.extension' });
    await expect(desk.core.shell.dialLink('javascript:alert(1)')).rejects.toMatchObject({ messageKey: 'desktop.link.unsupportedScheme' });
    expect(invites()).toBe(before);
  });
});

describe('internal numbers from the dial pad', () => {
  it('1002 reaches the colleague as a SIP user, shown as typed', async () => {
    const dialled = await desk.renderer.request('phone.dial', { number: '1002' });
    if (!dialled.ok) throw new Error(JSON.stringify(dialled.error));
    const incoming = await colleague.nextIncoming();
    expect(incoming.request.to.uri.user).toBe('1002');
    const ringing = await desk.callChange(dialled.value.callId, (c) => c.state === 'ringingOut');
    expect(ringing.caller).toEqual({ e164: null, display: '1002' });
    await incoming.invitation.reject({ statusCode: 486 });
    expect(await desk.callChange(dialled.value.callId, (c) => c.state === 'ended')).toMatchObject({ failure: { reason: 'busy' } });
  });
});

describe('notices and sleep', () => {
  it('a call that rings here and is given up is announced, then reported missed', async () => {
    // Out of the wrap-up the calls above left (0 s: until the agent chooses), so the call rings.
    await desk.renderer.request('agent.setState', { state: 'ready' });
    await expect.poll(() => states.at(-1)?.state).toBe('ready');
    const caller = gateway.call('600');
    const ringing = await desk.waitFor('phone.callChanged', (c) => c.direction === 'inbound' && c.state === 'ringing');
    await caller.hangUp();
    await desk.callChange(ringing.callId, (c) => c.state === 'ended');
    await expect.poll(() => notices.filter((n) => 'callId' in n && n.callId === ringing.callId).map((n) => n.kind)).toEqual([
      'incomingCall',
      'withdrawn',
      'missedCall',
    ]);
  });

  it('the machine going to sleep makes the agent Not ready (away), and calls are no longer offered', async () => {
    expect(states.at(-1)?.state).toBe('ready');
    desk.core.shell.suspended();
    await expect.poll(() => states.at(-1)).toMatchObject({ state: 'notReady', reason: 'away' });
    const caller = gateway.call('600');
    expect(await caller.waitFinalStatus()).toBe(480);
  });
});
