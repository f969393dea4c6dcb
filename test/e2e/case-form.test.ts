/**
 * The quick case form end to end: real Kamailio, the built dev host with its embedded database,
 * Chromium for the agent and the caller. Keyboard only from answer to saved case, the wrap-up rule
 * (Ready refused until the case is saved), and the draft back after the core is killed mid-form.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCallers, unpaidInvoiceCitizenId } from '../../main/data/demo/demo-callers.js';
import { openPgliteDatabase } from '../../main/data/pglite-database.js';
import { answerKnownCitizen as answerCall } from './harness/desk-journeys.js';
import { startDeskRig, type DeskRig } from './harness/desk-rig.js';

const screenshots = resolve(import.meta.dirname, '../../.test-output/screenshots');
const users = { '1001': 'pw-agent-1001', 'pstn-gateway': 'pw-gateway' };

let rig: DeskRig;
let agent: Page;
let caller: Page;
let savedCallId = '';
let savedCaseNumber = 0;

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  rig = await startDeskRig(users, { locale: 'sv', agent: { wrapUpSeconds: 2 }, cases: { caseRequired: 'required' } });
  agent = await rig.deskPage();
  caller = await rig.callerSimulator({ user: 'pstn-gateway', password: users['pstn-gateway'], to: '600', from: [`Known citizen|${demoCallers.knownCitizen.e164}`] });
});

afterAll(() => rig?.stop());

const agentState = () => agent.getByTestId('agent-state').getAttribute('data-state');

const answerKnownCitizen = () => answerCall(agent, caller);

describe('quick case form', () => {
  it('registers "Fakturafråga / Information och vägledning" by keyboard alone, and Ready waits for the save', async () => {
    savedCallId = await answerKnownCitizen();
    await agent.keyboard.press('Alt+C');
    await agent.keyboard.type('faktura');
    await agent.keyboard.press('Enter');
    expect(await agent.getByTestId('case-form-case-type-input').inputValue()).toBe('Fakturafråga');
    await agent.keyboard.press('Tab');
    await agent.keyboard.press('ArrowDown');
    expect(await agent.getByTestId('case-form-case-class').inputValue()).toBe('information_guidance');
    await agent.screenshot({ path: join(screenshots, 'case-form-1366x768.png') });

    // The caller hangs up before the agent saves: wrap-up, and Ready is refused until the case is saved.
    await caller.click('#hangup');
    await expect.poll(agentState).toBe('wrapUp');
    await agent.keyboard.press('Alt+R');
    await expect.poll(() => agent.getByTestId('action-error').textContent()).toContain('Spara samtalets ärende');
    // The wrap-up timer (2 s) runs out: the agent stays in wrap-up, and the form says why.
    await expect.poll(() => agent.getByTestId('case-form-wrap-up').textContent(), { timeout: 6000 }).toContain('Efterarbetstiden är slut');
    expect(await agentState()).toBe('wrapUp');
    await agent.screenshot({ path: join(screenshots, 'case-form-wrap-up-over.png') });

    await agent.getByTestId('case-form-case-class').focus();
    await agent.keyboard.press('Control+Enter');
    const outcome = agent.getByTestId('case-form-outcome');
    await expect.poll(() => outcome.textContent()).toMatch(/Ärende ÄD-\d{6} sparat/);
    savedCaseNumber = Number(/ÄD-(\d{6})/.exec((await outcome.textContent())!)![1]);
    // Saved after the timer ran out: wrap-up ends with the save.
    await expect.poll(agentState).toBe('ready');
  });

  it('gives the form back, call id and all, after the core is killed mid-form; the database holds the saved case', async () => {
    await agent.getByTestId('case-form-close').click();
    const callId = await answerKnownCitizen();
    await agent.keyboard.press('Alt+C');
    await agent.keyboard.type('hemtj');
    await agent.keyboard.press('Enter');
    await agent.getByTestId('case-form-notes').fill('Frågar om kvällsbesöket');
    const draftId = await agent.getByTestId('case-form').getAttribute('data-draft-id');
    await new Promise((done) => setTimeout(done, 400));

    let saved: Record<string, unknown> | undefined;
    await rig.killAndRestartDesk(async () => {
      const db = await openPgliteDatabase(join(rig.desk.dataDir, 'database'));
      try {
        [saved] = await db.query<Record<string, unknown>>(
          `select case_number, main_category_code, case_type_code, case_class_code, district_id, provider_id, handler_group_id, status,
                  resolved_at_first_contact, feedback_channel_code, due_date, citizen_id, caller_number, call_id, created_by,
                  (select kind from handler_groups g where g.id = handler_group_id) as handler_kind,
                  (select d.name from districts d where d.id = district_id) as district_name,
                  (select count(*)::int from case_events e where e.case_id = cases.id and e.kind = 'created') as created_events
             from cases where call_id = $1`,
          [savedCallId],
        );
      } finally {
        await db.close();
      }
    });
    expect(saved).toMatchObject({
      case_number: savedCaseNumber,
      main_category_code: 'elderly_care',
      case_type_code: 'invoice_question',
      case_class_code: 'information_guidance',
      status: 'open',
      resolved_at_first_contact: true,
      feedback_channel_code: null,
      due_date: null,
      citizen_id: unpaidInvoiceCitizenId,
      caller_number: demoCallers.knownCitizen.e164,
      call_id: savedCallId,
      created_by: '1001',
      handler_kind: 'contact_centre',
      district_name: 'Bromma',
      created_events: 1,
    });

    agent = await rig.deskPage();
    const restored = agent.locator(`[data-testid="case-form"][data-draft-id="${draftId}"]`);
    await restored.waitFor();
    expect(await restored.getAttribute('data-call-id')).toBe(callId);
    expect(await agent.getByTestId('case-form-notes').inputValue()).toBe('Frågar om kvällsbesöket');
    expect(await agent.getByTestId('case-form-case-type-input').inputValue()).toBe('Hemtjänst');
    expect(await agent.getByTestId('case-form-citizen').textContent()).toContain('Margareta Lindqvist');

    // Skipped with a reason: the draft is gone from the data folder.
    await agent.getByTestId('case-form-skip-reason').selectOption('wrongNumber');
    await agent.getByTestId('case-form-skip').click();
    await expect.poll(() => agent.getByTestId('case-form-outcome').textContent()).toContain('Inget ärende registrerat');
    const drafts = join(rig.desk.dataDir, 'drafts');
    await expect.poll(() => (existsSync(drafts) ? readdirSync(drafts) : [])).toEqual([]);
    expect(rig.desk.log()).not.toContain('kvällsbesöket');
  });
});
