/**
 * The agent's whole call by keyboard alone (page.keyboard only, no clicks): Alt+A answers, Alt+K
 * and a search open an article, Alt+C goes to the case, type / class / resolved are filled and
 * Ctrl+Enter saves. axe-core finds 0 violations at each step, and the case is in the database.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCallers, unpaidInvoiceCitizenId } from '../../main/data/demo/demo-callers.js';
import { openPgliteDatabase } from '../../main/data/pglite-database.js';
import { axeViolations } from './harness/axe.js';
import { answerKnownCitizen, screenshotBothSizes } from './harness/desk-journeys.js';
import { startDeskRig, type DeskRig } from './harness/desk-rig.js';

const screenshots = resolve(import.meta.dirname, '../../.test-output/screenshots');
const users = { '1001': 'pw-agent-1001', 'pstn-gateway': 'pw-gateway' };

let rig: DeskRig;
let agent: Page;
let caller: Page;

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  rig = await startDeskRig(users, { locale: 'sv', agent: { wrapUpSeconds: 0 } });
  agent = await rig.deskPage();
  caller = await rig.callerSimulator({ user: 'pstn-gateway', password: users['pstn-gateway'], to: '600', from: [`Known citizen|${demoCallers.knownCitizen.e164}`] });
});

afterAll(() => rig?.stop());

async function noViolations(step: string): Promise<void> {
  expect(await axeViolations(agent), step).toEqual([]);
}

const focusedTestId = () => agent.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.id ?? '');

describe('keyboard-only journey', () => {
  it('from ringing to a saved case without the mouse, with 0 axe violations at each step', async () => {
    const callId = await answerKnownCitizen(agent, caller);
    await noViolations('answered');

    await agent.keyboard.press('Alt+K');
    expect(await agent.getByTestId('workspace').getAttribute('data-tab')).toBe('knowledge');
    await agent.keyboard.type('faktura');
    await agent.getByTestId('knowledge-hit').first().waitFor();
    await noViolations('knowledge search');
    await agent.keyboard.press('Enter');
    await agent.getByTestId('knowledge-article').waitFor();
    await noViolations('knowledge article');
    await screenshotBothSizes(agent, screenshots, 'keyboard-journey-article');

    await agent.keyboard.press('Alt+C');
    expect(await agent.getByTestId('workspace').getAttribute('data-tab')).toBe('case');
    expect(await focusedTestId()).toBe('case-form-case-type-input');
    await agent.keyboard.type('faktura');
    await agent.keyboard.press('Enter');
    expect(await agent.getByTestId('case-form-case-type-input').inputValue()).toBe('Fakturafråga');
    // The case type's articles show in the form.
    await agent.getByTestId('knowledge-suggested').waitFor();
    await agent.keyboard.press('Tab');
    await agent.keyboard.press('ArrowDown');
    expect(await agent.getByTestId('case-form-case-class').inputValue()).toBe('information_guidance');
    // Tab on to "resolved at first contact": checked by default; Space twice leaves it so and shows it works.
    while ((await focusedTestId()) !== 'case-form-resolved') await agent.keyboard.press('Tab');
    await agent.keyboard.press('Space');
    expect(await agent.getByTestId('case-form-resolved').isChecked()).toBe(false);
    await agent.keyboard.press('Space');
    expect(await agent.getByTestId('case-form-resolved').isChecked()).toBe(true);
    await noViolations('case form filled');
    await screenshotBothSizes(agent, screenshots, 'keyboard-journey-case');

    await agent.keyboard.press('Control+Enter');
    const outcome = agent.getByTestId('case-form-outcome');
    await expect.poll(() => outcome.textContent()).toMatch(/Ärende ÄD-\d{6} sparat/);
    await noViolations('case saved');
    const caseNumber = Number(/ÄD-(\d{6})/.exec((await outcome.textContent())!)![1]);

    await agent.keyboard.press('Alt+E');
    await agent.getByTestId('idle').waitFor();

    let saved: Record<string, unknown> | undefined;
    await rig.killAndRestartDesk(async () => {
      const db = await openPgliteDatabase(join(rig.desk.dataDir, 'database'));
      try {
        [saved] = await db.query<Record<string, unknown>>(
          'select case_number, case_type_code, case_class_code, resolved_at_first_contact, citizen_id, call_id from cases where call_id = $1',
          [callId],
        );
      } finally {
        await db.close();
      }
    });
    expect(saved).toEqual({
      case_number: caseNumber,
      case_type_code: 'invoice_question',
      case_class_code: 'information_guidance',
      resolved_at_first_contact: true,
      citizen_id: unpaidInvoiceCitizenId,
      call_id: callId,
    });
  });
});
