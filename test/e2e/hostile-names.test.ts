/**
 * Callers whose gateway sends hostile display names (markup, a 2 KB name, control characters,
 * bidi overrides) in From and P-Asserted-Identity, through Kamailio to the built dev host and the
 * agent's page: the desk still shows who is calling (the number and the citizen's name, never the
 * display name) and nothing in the names runs or reaches the page. A `<` or `,` inside the quoted
 * name once hid the asserted number, and a known citizen rang as "Unknown caller".
 */
import { Inviter, UserAgent } from 'sip.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCallers } from '../../main/data/demo/demo-callers.js';
import { outgoingCall, type OutgoingCall } from '../fixtures/sip/call-handles.js';
import { createNodePhone, type NodePhone } from '../fixtures/sip/node-phone.js';
import { startDeskRig, type DeskRig } from './harness/desk-rig.js';

const users = { '1001': 'pw-agent-1001', 'pstn-gateway': 'pw-gateway' };
const known = demoCallers.knownCitizen;
if (known.match.kind !== 'citizens') throw new Error('the demo caller should be a citizen');
const citizenName = known.match.citizens[0]!.name;
const controlCharacters = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).filter((c) => c !== '\r' && c !== '\n').join('');

/** [label, name, whether P-Asserted-Identity carries it raw instead of as quoted-pairs] */
const hostileNames: [string, string, boolean][] = [
  ['markup with an event handler', '<img src=x onerror="window.__pwned=1;alert(1)">', false],
  ['a script element', '<script>window.__pwned=2;alert(2)</script>', false],
  ['2 KB of name', `<b>${'Å'.repeat(1024)}${'<i>x</i>'.repeat(128)}</b>`, false],
  ['control characters', `Anna${controlCharacters}Berg`, false],
  // Kamailio drops an INVITE with raw control characters in From (sanity check) but does not parse PAI.
  ['raw control characters in P-Asserted-Identity', `Anna${controlCharacters}, <Berg>`, true],
  ['bidi overrides', '\u202eAnna Berg\u202d 1-800 \u2066\u202b<u>x</u>', false],
];
/** Everything that would show the page did not treat a name as text. */
const unsafeText = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e\u2066-\u2069]/;

let rig: DeskRig;
let agent: Page;
let gateway: NodePhone;
const dialogs: string[] = [];

beforeAll(async () => {
  rig = await startDeskRig(users);
  agent = await rig.deskPage({
    prepare: (page) =>
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      }),
  });
  gateway = await createNodePhone({ wsUrl: rig.pbx.wsUrl, user: 'pstn-gateway', password: users['pstn-gateway'] });
});

afterAll(async () => {
  await gateway?.stop();
  await rig?.stop();
});

/** A display name as a SIP quoted-string: `"` and `\` and control characters as quoted-pairs (RFC 3261 25.1). */
const quotedPairs = (name: string) => name.replace(/[\\"\u0000-\u0009\u000b\u000c\u000e-\u001f]/g, (c) => `\\${c}`);

/** The gateway calls the hunt group as `name`, in From and in P-Asserted-Identity with `number`. */
function callAs(name: string, number: string, rawAsserted = false): OutgoingCall {
  const target = UserAgent.makeURI(`sip:600@${rig.pbx.domain}`)!;
  const inviter = new Inviter(gateway.ua, target, {
    params: { fromDisplayName: quotedPairs(name) },
    extraHeaders: [`P-Asserted-Identity: "${rawAsserted ? name : quotedPairs(name)}" <sip:${number}@${rig.pbx.domain};user=phone>`],
  });
  return outgoingCall(inviter, gateway.problems);
}

interface PageFacts {
  pwned: unknown;
  activeElements: number;
  handlerAttributes: number;
  text: string;
}

const pageFacts = (): Promise<PageFacts> =>
  agent.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    activeElements: document.querySelectorAll('script:not([src]), img, iframe, object, embed, b, i, u').length,
    handlerAttributes: document.querySelectorAll('[onerror], [onload], [onclick]').length,
    text: document.body.innerText,
  }));

async function expectNothingRan(before: PageFacts): Promise<PageFacts> {
  const now = await pageFacts();
  expect(dialogs).toEqual([]);
  expect(now.pwned).toBeUndefined();
  expect(now.activeElements).toBe(before.activeElements);
  expect(now.handlerAttributes).toBe(0);
  expect(now.text).not.toMatch(unsafeText);
  return now;
}

const ready = () => agent.locator('[data-testid="agent-state"][data-state="ready"]').waitFor({ timeout: 10_000 });

describe('hostile caller display names', () => {
  it.each(hostileNames)('rings with the citizen on the card for %s, and nothing of the name runs', async (_label, name, rawAsserted) => {
    await ready();
    const before = await pageFacts();
    const call = callAs(name, known.e164, rawAsserted);
    const incoming = agent.getByTestId('incoming-call');
    let callId: string | null = null;
    try {
      await incoming.locator('.caller-card').waitFor();
      callId = await incoming.getAttribute('data-call-id');
      await expect.poll(() => incoming.locator('.caller-card').textContent()).toContain(citizenName);
      expect(await incoming.getByTestId('caller-name').textContent()).toBe(citizenName);
      await expect.poll(() => agent.getByTestId('call-list-item').first().textContent()).toContain(citizenName);
      await expect.poll(() => agent.getByTestId('live-announcer').textContent()).toContain(citizenName);
      await expectNothingRan(before);
    } finally {
      await call.hangUp();
    }
    await incoming.waitFor({ state: 'detached' });
    const listed = agent.locator(`[data-testid="call-history-item"][data-call-id="${callId}"]`);
    await expect.poll(() => listed.textContent()).toContain(citizenName);
    await expectNothingRan(before);
  });

  it('shows a number nobody owns as the number alone, whatever the name, in the card, the call list and the history', async () => {
    await ready();
    const before = await pageFacts();
    const call = callAs(hostileNames[0]![1] + controlCharacters, demoCallers.nobody.e164);
    const incoming = agent.getByTestId('incoming-call');
    let callId: string | null = null;
    try {
      await incoming.locator('.caller-card').waitFor();
      callId = await incoming.getAttribute('data-call-id');
      await incoming.getByTestId('unknown-caller').waitFor();
      expect(await incoming.getByTestId('caller-number').textContent()).toBe('070-174 06 99');
      await expect.poll(() => agent.getByTestId('call-list-item').first().textContent()).toContain('070-174 06 99');
      await expect.poll(() => agent.getByTestId('live-announcer').textContent()).toContain('070-174 06 99');
      await expectNothingRan(before);
    } finally {
      await call.hangUp();
    }
    await incoming.waitFor({ state: 'detached' });
    await expect.poll(() => agent.locator(`[data-testid="call-history-item"][data-call-id="${callId}"]`).textContent()).toContain('070-174 06 99');
    await expectNothingRan(before);
  });

  it('kept the names out of the core log', () => {
    const log = rig.desk.log();
    expect(log).toContain('call offered');
    for (const fragment of ['onerror', '<script', 'ÅÅÅ', 'Anna', 'Berg']) expect(log).not.toContain(fragment);
  });
});
