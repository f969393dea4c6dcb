/**
 * The team panels end to end, against a team's shared PostgreSQL server: the callbacks list shows
 * the overdue and today's cases of the agent and their team and not tomorrow's, and "Done" closes
 * one with a note; the colleague list filtered by Arabic shows a Ready Arabic-speaking colleague,
 * and a transfer to them from a connected call reaches their phone. Screenshots at 1366x768.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officeToday } from '../../main/callbacks/office-day.js';
import type { Database } from '../../main/data/database.js';
import { migrate } from '../../main/data/migrate.js';
import { migrations } from '../../main/data/migrations/index.js';
import { openPostgresDatabase } from '../../main/data/postgres-database.js';
import { startPostgresCluster, type PostgresCluster } from '../fixtures/postgres/cluster.js';
import { simulatorState } from './harness/caller-simulator-page.js';
import { startDeskRig, type DeskRig } from './harness/desk-rig.js';

const screenshots = resolve(import.meta.dirname, '../../.test-output/screenshots');
const users = { '1001': 'pw-agent-1001', '1002': 'pw-agent-1002', 'pstn-gateway': 'pw-gateway' };
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [lineGroup, otherGroup, team] = [id(401), id(402), id(403)];
const today = officeToday(new Date(), 'Europe/Stockholm');

/** An open case to call back about, due `days` from today. */
const dueCase = (n: number, days: number, handler: string, contact: string) =>
  `('${id(n)}', 'elderly_care', 'invoice_question', 'status_inquiry', false, 'phone', '${contact}', '${today}'::date + ${days}, ${handler}, 'seed', '${id(n + 100)}')`;

const teamServer = `
  insert into handler_groups (id, name, kind) values ('${lineGroup}', 'Äldre direkt, nivå 1', 'contact_centre'), ('${otherGroup}', 'Omsorgslinjen', 'contact_centre');
  insert into teams (id, name, handler_group_id) values ('${team}', 'Team Norr', '${lineGroup}');
  insert into agents (sip_user, display_name, level, languages, team_id) values
    ('1001', 'Desk Agent', 1, '{sv,en}', '${team}'),
    ('1002', 'Leila Haddad', 1, '{sv,ar}', '${team}'),
    ('1003', 'Omar Farah', 2, '{sv,so,ar}', '${team}'),
    ('1004', 'Pirjo Virtanen', 1, '{sv,fi}', '${team}');
  insert into agent_state_log (sip_user, state, at) values ('1002', 'ready', now()), ('1003', 'not_ready', now()), ('1004', 'ready', now());
  insert into cases (id, main_category_code, case_type_code, case_class_code, resolved_at_first_contact, feedback_channel_code,
                     feedback_contact, due_date, handler_group_id, created_by, client_id) values
    ${dueCase(41, -2, `'${lineGroup}'`, '+46701740641')},
    ${dueCase(43, 1, `'${lineGroup}'`, '+46701740643')},
    ${dueCase(44, 0, `'${otherGroup}'`, '+46701740644')};
  insert into cases (id, main_category_code, case_type_code, case_class_code, resolved_at_first_contact, feedback_channel_code,
                     feedback_contact, due_date, handler_agent, created_by, client_id) values
    ${dueCase(42, 0, `'1001'`, '+46701740642')};
`;

let cluster: PostgresCluster;
let owner: Database;
let rig: DeskRig;
let agent: Page;

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  cluster = await startPostgresCluster();
  const server = await cluster.createDatabase('careline_team');
  owner = await openPostgresDatabase(server, { poolSize: 1 });
  await migrate(owner, migrations);
  await owner.exec(teamServer);
  rig = await startDeskRig(users, {
    agent: { wrapUpSeconds: 0 },
    database: { kind: 'shared', host: server.host, port: server.port, name: server.database, user: server.user, password: server.password, tls: 'off' },
  });
  agent = await rig.deskPage();
});

afterAll(async () => {
  await rig?.stop();
  await owner?.close();
  await cluster?.stop();
});

describe('callbacks', () => {
  it("lists the overdue and today's callbacks of me and my team, overdue first, and not tomorrow's", async () => {
    const items = agent.getByTestId('callback-item');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(2);
    expect(await items.evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-case-id'), row.getAttribute('data-due')]))).toEqual([
      [id(41), 'overdue'],
      [id(42), 'today'],
    ]);
    expect(await items.nth(0).textContent()).toContain('overdue 2 days');
    expect(await items.nth(0).textContent()).toContain('Invoice question');
    expect(await items.nth(0).getByTestId('callback-call').textContent()).toBe('070-174 06 41');
    await agent.screenshot({ path: join(screenshots, 'callbacks-list.png') });
  });

  it('closes a callback with a note, by keyboard, and it leaves the list', async () => {
    const today = agent.locator(`[data-testid="callback-item"][data-case-id="${id(42)}"]`);
    await today.getByTestId('callback-done').focus();
    await agent.keyboard.press('Enter');
    // The note takes the focus as it opens: no mouse trip, no extra Tab.
    await today.getByTestId('callback-note').waitFor();
    await agent.keyboard.type('Called back, visit moved to Friday');
    await agent.keyboard.press('Enter');
    await expect.poll(() => agent.getByTestId('callback-item').count()).toBe(1);
    const [closed] = await owner.query<{ status: string; note: string }>(
      `select c.status, e.note from cases c join case_events e on e.case_id = c.id and e.kind = 'status_changed' where c.id = $1`,
      [id(42)],
    );
    expect(closed).toEqual({ status: 'closed', note: 'Called back, visit moved to Friday' });
  });
});

describe('colleagues by language', () => {
  it('shows a Ready Arabic-speaking colleague, and a transfer to them reaches their phone', async () => {
    const colleaguePhone = await rig.callerSimulator({ user: '1002', password: users['1002'], autoAnswer: true });
    const caller = await rig.callerSimulator({ user: 'pstn-gateway', password: users['pstn-gateway'], to: '600', from: ['Caller|+46701740699'] });
    await agent.getByTestId('colleague-language').selectOption('ar');
    const shown = agent.getByTestId('colleague-item');
    await expect.poll(() => shown.evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-sip-user'), row.getAttribute('data-state')]))).toEqual([
      ['1002', 'ready'],
      ['1003', 'notReady'],
    ]);
    expect(await shown.nth(0).textContent()).toContain('Arabic');

    await caller.click('#call');
    await agent.getByTestId('answer-button').click({ timeout: 10_000 });
    await agent.locator('[data-testid="active-call"][data-state="active"]').waitFor();
    await expect.poll(() => simulatorState(caller)).toBe('talking');
    const leila = agent.locator('[data-testid="colleague-item"][data-sip-user="1002"]');
    await leila.getByTestId('colleague-transfer').waitFor();
    await leila.scrollIntoViewIfNeeded();
    await agent.screenshot({ path: join(screenshots, 'colleagues-by-language.png') });
    await leila.getByTestId('colleague-transfer').click();
    await expect.poll(() => simulatorState(colleaguePhone), { timeout: 10_000 }).toBe('talking');
    await expect.poll(() => simulatorState(caller)).toBe('talking');
    await expect.poll(() => agent.getByTestId('active-call').count()).toBe(0);
    await caller.click('#hangup');
    await expect.poll(() => simulatorState(colleaguePhone)).toBe('ended');
  });
});
