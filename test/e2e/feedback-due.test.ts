/**
 * A case not settled on the phone, end to end: the citizen wants the answer by SMS, and the form
 * offers the due date the office calendar gives - the next working day after a weekend and
 * Easter's public holidays in Sweden, one day later in Denmark, where Maundy Thursday is a holiday
 * too. The desk's office clock is set to Thursday 2 April 2026, 14:00 in Stockholm
 * (CARELINE_OFFICE_CLOCK); the saved case is read back from the desk's database.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCallers } from '../../main/data/demo/demo-callers.js';
import { openPgliteDatabase } from '../../main/data/pglite-database.js';
import { answerKnownCitizen } from './harness/desk-journeys.js';
import { startDeskRig, type DeskRig } from './harness/desk-rig.js';

const users = { '1001': 'pw-agent-1001', 'pstn-gateway': 'pw-gateway' };

let rig: DeskRig;
let agent: Page;
let caller: Page;

beforeAll(async () => {
  rig = await startDeskRig(users, { locale: 'sv', office: { region: 'SE', timeZone: 'Europe/Stockholm', closesAt: '16:00' } }, {}, { CARELINE_OFFICE_CLOCK: '2026-04-02T12:00:00Z' });
  agent = await rig.deskPage();
  caller = await rig.callerSimulator({ user: 'pstn-gateway', password: users['pstn-gateway'], to: '600', from: [`Known citizen|${demoCallers.knownCitizen.e164}`] });
});

afterAll(() => rig?.stop());

/** Answers the known citizen, registers a case to be answered by SMS, and gives the due date the form offered and the call id. */
async function registerForSmsFeedback(): Promise<{ offeredDue: string; callId: string }> {
  const callId = await answerKnownCitizen(agent, caller);
  await agent.keyboard.press('Alt+C');
  await agent.keyboard.type('faktura');
  await agent.keyboard.press('Enter');
  await agent.getByTestId('case-form-case-class').selectOption('status_inquiry');
  await agent.getByTestId('case-form-resolved').uncheck();
  await agent.getByTestId('case-form-channel').selectOption('sms');
  await agent.getByTestId('case-form-contact').fill('070-174 06 05');
  const due = agent.getByTestId('case-form-due');
  await expect.poll(() => due.inputValue()).not.toBe('');
  const offeredDue = await due.inputValue();
  await agent.keyboard.press('Control+Enter');
  await expect.poll(() => agent.getByTestId('case-form-outcome').textContent()).toMatch(/ÄD-\d{6}/);
  await caller.evaluate(() => (window as unknown as { callerSimulator: { hangUp(): Promise<void> } }).callerSimulator.hangUp());
  return { offeredDue, callId };
}

/** Stops the desk (as a crash: the database is then free), reads the call's case, lets `change` edit the data folder, and starts the desk again. */
async function caseOfCall(callId: string, change?: (dataDir: string) => void): Promise<Record<string, unknown> | undefined> {
  let row: Record<string, unknown> | undefined;
  await rig.killAndRestartDesk(async () => {
    const db = await openPgliteDatabase(join(rig.desk.dataDir, 'database'));
    try {
      [row] = await db.query<Record<string, unknown>>('select resolved_at_first_contact, feedback_channel_code, feedback_contact, due_date::text as due_date from cases where call_id = $1', [callId]);
    } finally {
      await db.close();
    }
    change?.(rig.desk.dataDir);
  });
  agent = await rig.deskPage();
  return row;
}

describe('feedback by the next working day, end to end', () => {
  it('in Stockholm, skips Good Friday, the weekend and Easter Monday: due Tuesday 7 April', async () => {
    const { offeredDue, callId } = await registerForSmsFeedback();
    expect(offeredDue).toBe('2026-04-07');
    const saved = await caseOfCall(callId, (dataDir) => {
      const file = join(dataDir, 'settings.json');
      const settings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      writeFileSync(file, JSON.stringify({ ...settings, office: { region: 'DK', timeZone: 'Europe/Copenhagen', closesAt: '16:00' } }));
    });
    expect(saved).toEqual({ resolved_at_first_contact: false, feedback_channel_code: 'sms', feedback_contact: '070-174 06 05', due_date: '2026-04-07' });
  });

  it('in Aarhus, Maundy Thursday is closed too: received on Tuesday, due Wednesday 8 April', async () => {
    const { offeredDue, callId } = await registerForSmsFeedback();
    expect(offeredDue).toBe('2026-04-08');
    expect(await caseOfCall(callId)).toEqual({ resolved_at_first_contact: false, feedback_channel_code: 'sms', feedback_contact: '070-174 06 05', due_date: '2026-04-08' });
  });
});
