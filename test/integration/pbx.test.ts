// The test PBX itself, driven by real sip.js phones: digest registration, calls between users,
// hunt groups, the trusted PSTN trunk and the From-spoofing guard that every later test relies on.
import { RegistererState, SessionState } from 'sip.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startPbx, type Pbx } from '../fixtures/pbx/pbx.js';
import { createNodePhone, type NodePhone, type NodePhoneOptions } from '../fixtures/sip/node-phone.js';

// Fictional Swedish mobile numbers (PTS reserves 070-1740605..699 for fiction).
const CITIZEN = '+46701740605';
const OTHER_CITIZEN = '+46701740606';

const users: Record<string, string> = {
  '1001': 'pw-1001',
  '1002': 'pw-1002',
  '1003': 'pw-1003',
  '2001': 'pw-2001',
  'pstn-gateway': 'gw-secret',
};

let pbx: Pbx;
const phones: NodePhone[] = [];

async function phone(user: string, extra: Partial<NodePhoneOptions> = {}): Promise<NodePhone> {
  const created = await createNodePhone({ wsUrl: pbx.wsUrl, user, password: users[user] ?? '', ...extra });
  phones.push(created);
  return created;
}

beforeAll(async () => {
  pbx = await startPbx({
    users,
    huntGroups: { '600': ['1001', '1002', '1003'], '601': ['1901', '1902'] },
    trunkUser: 'pstn-gateway',
  });
});

afterEach(async () => {
  await Promise.all(phones.splice(0).map((p) => p.stop()));
});

afterAll(async () => {
  await pbx?.stop();
});

describe('test PBX', () => {
  it('registers a user who gives the right password', async () => {
    // Tried: 1001 registers with its own password; the registrar must answer 200.
    const agent = await phone('1001');
    expect(agent.registerer.state).toBe(RegistererState.Registered);
  });

  it('refuses a wrong password with 401 and leaves the phone unregistered', async () => {
    // Tried: 1001 registers with a wrong password; digest auth must fail after the retry.
    const agent = await phone('1001', { password: 'not-the-password', register: false });
    await expect(agent.register()).rejects.toMatchObject({ statusCode: 401 });
    expect(agent.registerer.state).toBe(RegistererState.Unregistered);
  });

  it('connects a call between two registered users and ends both sides on BYE', async () => {
    // Tried: 2001 calls 1001, 1001 answers, then 2001 hangs up.
    const callee = await phone('1001');
    const caller = await phone('2001');
    const call = caller.call('1001');
    const ringing = await callee.nextIncoming();
    expect(ringing.request.from.uri.user).toBe('2001');
    await ringing.accept();
    await call.waitEstablished();
    expect(call.finalStatus).toBe(200);
    expect(call.times.trying).toBeLessThanOrEqual(call.times.progress ?? -1);
    expect(call.times.progress).toBeLessThanOrEqual(call.times.established ?? -1);

    await call.hangUp();
    await ringing.waitTerminated();
    expect(call.inviter.state).toBe(SessionState.Terminated);
    expect(ringing.invitation.state).toBe(SessionState.Terminated);
  });

  it('rings every registered member of hunt group 600 and cancels the others when one answers', async () => {
    // Tried: 1001, 1002, 1003 registered; 2001 calls 600; 1002 answers.
    const members = await Promise.all(['1001', '1002', '1003'].map((user) => phone(user)));
    const caller = await phone('2001');
    const call = caller.call('600');
    const [first, second, third] = await Promise.all(members.map((member) => member.nextIncoming()));
    if (!first || !second || !third) throw new Error('a member was not called');

    await second.accept();
    await call.waitEstablished();
    await Promise.all([first.waitTerminated(), third.waitTerminated()]);
    expect([first.cancelled, third.cancelled]).toEqual([true, true]);
    expect(second.invitation.state).toBe(SessionState.Established);
    await call.hangUp();
    await second.waitTerminated();
  });

  it('answers 480 for a hunt group with no member registered', async () => {
    // Tried: 2001 calls group 601, whose members 1901 and 1902 never registered.
    const caller = await phone('2001');
    const call = caller.call('601');
    expect(await call.waitFinalStatus()).toBe(480);
    await call.waitTerminated();
  });

  it('passes a trunk call with the citizen number in P-Asserted-Identity through to the callee', async () => {
    // Tried: the PSTN gateway calls 1001 from a citizen's number, as a real gateway would.
    const agent = await phone('1001');
    const gateway = await phone('pstn-gateway');
    const call = gateway.call('1001', { fromUser: CITIZEN, assertedIdentity: CITIZEN });
    const ringing = await agent.nextIncoming();
    expect(ringing.request.getHeader('P-Asserted-Identity')).toContain(CITIZEN);
    expect(ringing.request.from.uri.user).toBe(CITIZEN);
    await call.hangUp();
    expect(call.finalStatus).toBe(487);
  });

  it('refuses a non-trunk user who puts somebody else in From with 403', async () => {
    // Tried: 2001 authenticates as itself but claims to be 1003 in From.
    const agent = await phone('1001');
    const caller = await phone('2001');
    const call = caller.call('1001', { fromUser: '1003' });
    expect(await call.waitFinalStatus()).toBe(403);
    expect(agent.incoming).toHaveLength(0);
  });

  it('strips a P-Asserted-Identity that a non-trunk user tries to assert', async () => {
    // Tried: 2001 calls 1001 with a citizen's number in P-Asserted-Identity.
    const agent = await phone('1001');
    const caller = await phone('2001');
    const call = caller.call('1001', { assertedIdentity: OTHER_CITIZEN });
    const ringing = await agent.nextIncoming();
    expect(ringing.request.getHeader('P-Asserted-Identity')).toBeUndefined();
    expect(ringing.request.from.uri.user).toBe('2001');
    await call.hangUp();
  });
});
