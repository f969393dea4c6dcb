/**
 * The caller summary end to end, on a team's PostgreSQL server with the demo register: a citizen
 * with an unpaid invoice shows it (amount, due date, OCR) before the agent answers and the OCR is
 * copied with one click; a relative calling about both parents gets a chooser and nothing personal
 * before the choice; a protected identity leaves nothing but the marker in the page; an unknown
 * caller is found by name. Every look-up leaves exactly its audit rows. Screenshots at 1366x768.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../main/data/database.js';
import { demoCallers, unpaidInvoiceCitizenId } from '../../main/data/demo/demo-callers.js';
import { seedDemoDataIfEmpty } from '../../main/data/demo/seed-demo-data.js';
import { migrate } from '../../main/data/migrate.js';
import { migrations } from '../../main/data/migrations/index.js';
import { openPostgresDatabase } from '../../main/data/postgres-database.js';
import { startPostgresCluster, type PostgresCluster } from '../fixtures/postgres/cluster.js';
import { simulatorState } from './harness/caller-simulator-page.js';
import { startDeskRig, type DeskRig } from './harness/desk-rig.js';

const screenshots = resolve(import.meta.dirname, '../../.test-output/screenshots');
const users = { '1001': 'pw-agent-1001', 'pstn-gateway': 'pw-gateway' };
const callers = [demoCallers.knownCitizen, demoCallers.relativeOfParents, demoCallers.protectedIdentity, demoCallers.nobody];

let cluster: PostgresCluster;
let owner: Database;
let rig: DeskRig;
let agent: Page;
let caller: Page;

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  cluster = await startPostgresCluster();
  const server = await cluster.createDatabase('careline_summary');
  owner = await openPostgresDatabase(server, { poolSize: 1 });
  await migrate(owner, migrations);
  await seedDemoDataIfEmpty(owner, { citizens: 300, historyDays: 0 });
  rig = await startDeskRig(users, {
    agent: { wrapUpSeconds: 0 },
    careSystem: { urlTemplate: 'https://care.example/citizen/{externalId}?from=careline' },
    database: { kind: 'shared', host: server.host, port: server.port, name: server.database, user: server.user, password: server.password, tls: 'off' },
  });
  agent = await rig.deskPage({
    prepare: (page) => page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(rig.desk.url).origin }),
  });
  caller = await rig.callerSimulator({ user: 'pstn-gateway', password: users['pstn-gateway'], to: '600', from: callers.map((c) => `${c.e164}|${c.e164}`) });
});

afterAll(async () => {
  await rig?.stop();
  await owner?.close();
  await cluster?.stop();
});

/** Calls the desk from `e164` and gives the ringing call's id. */
async function ringFrom(e164: string): Promise<string> {
  await agent.locator('[data-testid="agent-state"][data-state="ready"]').waitFor();
  await caller.selectOption('#from', e164);
  await caller.click('#call');
  const incoming = agent.getByTestId('incoming-call');
  await incoming.waitFor();
  return (await incoming.getAttribute('data-call-id'))!;
}

/** Each test's call ends here, passed or failed, so the next one rings a Ready desk. */
afterEach(async () => {
  if ((await simulatorState(caller)) === 'ended' || (await agent.getByTestId('idle').count()) > 0) return;
  await caller.click('#hangup');
  await agent.getByTestId('idle').waitFor();
});

/** Audit rows of a call: "purpose:citizen" for each look-up row, sorted. */
const auditOf = async (callId: string) =>
  (await owner.query<{ row: string }>(`select purpose || ':' || citizen_id as row from lookup_audit where call_id = $1 order by 1`, [callId])).map((r) => r.row);

/** axe-core's WCAG 2.1 A/AA violations in the call panel (the caller card), one line each. */
async function cardViolations(): Promise<string[]> {
  const results = await new AxeBuilder({ page: agent }).include('[data-testid="incoming-call"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} - ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

const idsOf = (match: (typeof callers)[number]['match']) => (match.kind === 'citizens' ? match.citizens.map((c) => c.citizenId) : []);

describe('the caller summary', () => {
  it('shows an unpaid invoice (amount, due date, OCR) before answer, copies the OCR with one click, and audits the look-up in one row', async () => {
    const [unpaid] = await owner.query<{ amount: string; due: string; ocr: string }>(
      `select amount::text as amount, to_char(due_date, 'YYYY-MM-DD') as due, ocr_reference as ocr from invoices
        where citizen_id = $1 and not paid order by due_date desc limit 1`,
      [unpaidInvoiceCitizenId],
    );
    if (!unpaid) throw new Error('the demo citizen has no unpaid invoice');
    const callId = await ringFrom(demoCallers.knownCitizen.e164);
    const incoming = agent.getByTestId('incoming-call');
    const row = incoming.locator('[data-testid="invoice"]', { has: agent.locator(`[data-testid="ocr-reference"]:text-is("${unpaid.ocr}")`) });
    await row.waitFor();
    expect(await simulatorState(caller)).toBe('ringing');
    const amount = new Intl.NumberFormat('en', { style: 'currency', currency: 'SEK' }).format(Number(unpaid.amount));
    const due = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${unpaid.due}T00:00:00Z`));
    const rowText = await row.textContent();
    expect(rowText).toContain(amount);
    expect(rowText).toContain(due);
    expect(['unpaid', 'overdue']).toContain(await row.getAttribute('data-state'));
    await agent.screenshot({ path: join(screenshots, 'caller-summary-ringing.png') });

    await row.getByTestId('copy-ocr').click();
    await expect.poll(() => row.getByTestId('copy-ocr-status').textContent()).toContain('Copied');
    expect(await agent.evaluate(() => navigator.clipboard.readText())).toBe(unpaid.ocr);
    expect(await row.getByTestId('copy-ocr-status').getAttribute('role')).toBe('status');
    await agent.screenshot({ path: join(screenshots, 'caller-summary-ocr-copied.png') });
    const careSystem = incoming.getByTestId('care-system-link');
    expect(await careSystem.getAttribute('href')).toBe('https://care.example/citizen/STH-000001?from=careline');
    expect(await careSystem.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await cardViolations()).toEqual([]);
    // One look-up, one row: the summary on the card was read as part of the screen-pop's look-up.
    expect(await auditOf(callId)).toEqual([`screen-pop:${unpaidInvoiceCitizenId}`]);

    // A reloaded page has missed the push: it asks, and gets the read already made, not a new look-up.
    await agent.reload();
    await agent.getByTestId('incoming-call').getByTestId('citizen-summary').waitFor({ timeout: 10_000 });
    expect(await simulatorState(caller)).toBe('ringing');
    expect(await auditOf(callId)).toEqual([`screen-pop:${unpaidInvoiceCitizenId}`]);

    await agent.getByTestId('language-switch').getByText('SV', { exact: true }).click();
    await expect.poll(() => row.textContent()).toContain(new Intl.NumberFormat('sv', { style: 'currency', currency: 'SEK' }).format(Number(unpaid.amount)));
    await agent.screenshot({ path: join(screenshots, 'caller-summary-swedish.png') });
    await agent.getByTestId('language-switch').getByText('EN', { exact: true }).click();
  });

  it('asks which parent a relative calls about, shows nothing personal before the choice, and reads only the chosen one', async () => {
    const callId = await ringFrom(demoCallers.relativeOfParents.e164);
    const [gunnar, ingrid] = idsOf(demoCallers.relativeOfParents.match) as [string, string];
    const chooser = agent.getByTestId('citizen-chooser');
    await chooser.waitFor();
    expect(await chooser.getByTestId('choose-citizen').allTextContents()).toEqual(['Gunnar BergThrough Eva Berg (child)', 'Ingrid BergThrough Eva Berg (child)']);
    const secrets = await owner.query<{ text: string }>(
      `select street_address as text from citizens where id in ($1, $2)
       union all select masked from citizen_identity_masked where citizen_id in ($1, $2)
       union all select ocr_reference from invoices where citizen_id in ($1, $2)
       union all select name from providers where id in (select provider_id from decisions where citizen_id in ($1, $2))`,
      [gunnar, ingrid],
    );
    const page = await agent.content();
    for (const { text } of secrets) expect(page).not.toContain(text);
    for (const testId of ['citizen-summary', 'invoices', 'decisions', 'safety-facts', 'mirrored-facts']) expect(page).not.toContain(`data-testid="${testId}"`);
    expect(page).not.toContain('Enskede-Årsta');
    await agent.screenshot({ path: join(screenshots, 'caller-summary-chooser.png') });
    expect(await cardViolations()).toEqual([]);
    expect(await auditOf(callId)).toEqual([`screen-pop:${gunnar}`, `screen-pop:${ingrid}`].sort());

    // By keyboard: Tab to the choice, Enter.
    await chooser.getByRole('button', { name: 'Show Gunnar Berg' }).focus();
    await agent.keyboard.press('Tab');
    await agent.keyboard.press('Enter');
    await agent.getByTestId('citizen-summary').waitFor();
    expect(await agent.getByTestId('caller-name').textContent()).toBe('Ingrid Berg');
    // The chooser's look-up showed her name: her summary is part of it.
    expect(await auditOf(callId)).toEqual([`screen-pop:${gunnar}`, `screen-pop:${ingrid}`].sort());
  });

  it('leaves nothing of a protected identity in the page but the routine marker', async () => {
    const callId = await ringFrom(demoCallers.protectedIdentity.e164);
    await agent.getByTestId('caller-protected').waitFor();
    await new Promise((done) => setTimeout(done, 1500));
    const [astrid] = await owner.query<{ id: string; given: string; family: string; pin: string; masked: string }>(
      `select c.id, c.given_name as given, c.family_name as family, n.personal_identity_number as pin, m.masked
         from citizens c join citizen_phone_numbers p on p.citizen_id = c.id
         join citizen_identity_numbers n on n.citizen_id = c.id join citizen_identity_masked m on m.citizen_id = c.id
        where p.e164 = $1`,
      [demoCallers.protectedIdentity.e164],
    );
    const page = await agent.content();
    // The full name: a colleague on the desk may share a family name with her.
    for (const secret of [`${astrid!.given} ${astrid!.family}`, astrid!.pin, astrid!.masked, demoCallers.protectedIdentity.e164, '070-174 06 06', astrid!.id]) {
      expect(page).not.toContain(secret);
    }
    expect(await agent.getByTestId('incoming-call').locator('[data-testid]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-testid')))).not.toContain(
      'citizen-summary',
    );
    await agent.screenshot({ path: join(screenshots, 'caller-summary-protected.png') });
    expect(await auditOf(callId)).toEqual([`screen-pop:${astrid!.id}`]);
  });

  it('finds an unknown caller by name, audits the search, and reads the chosen citizen', async () => {
    const callId = await ringFrom(demoCallers.nobody.e164);
    const incoming = agent.getByTestId('incoming-call');
    await incoming.getByTestId('unknown-caller').waitFor();
    await incoming.getByTestId('citizen-search-input').fill('Margareta Lindqvist');
    await incoming.getByTestId('citizen-search-input').press('Enter');
    const hit = incoming.getByTestId('search-hit').filter({ hasText: 'Margareta Lindqvist' });
    await hit.waitFor();
    await agent.screenshot({ path: join(screenshots, 'caller-summary-search.png') });
    expect(await cardViolations()).toEqual([]);
    const searches = await owner.query('select agent, search_kind, found from citizen_search_audit where call_id = $1', [callId]);
    expect(searches).toEqual([{ agent: '1001', search_kind: 'name_or_address', found: 1 }]);
    expect(await auditOf(callId)).toEqual([`search:${unpaidInvoiceCitizenId}`]);
    await hit.click();
    await incoming.getByTestId('citizen-summary').waitFor();
    expect(await incoming.getByTestId('caller-name').textContent()).toBe('Margareta Lindqvist');
    expect(await auditOf(callId)).toEqual([`search:${unpaidInvoiceCitizenId}`]);
  });
});
