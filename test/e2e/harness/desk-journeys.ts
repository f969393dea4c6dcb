/**
 * The steps many end-to-end tests take with the agent's desk and the caller simulator: ring the
 * desk from a number, answer a known citizen by keyboard until the case form is theirs, and a
 * screenshot of the page at the laptop and the wide screen size.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { demoCallers } from '../../../main/data/demo/demo-callers.js';
import { DESKTOP_VIEWPORT } from './desk-page.js';

export const WIDE_VIEWPORT = { width: 1920, height: 1080 };

/** Calls the Ready desk from `e164` and gives the ringing call's id. */
export async function ringFrom(agent: Page, caller: Page, e164: string): Promise<string> {
  await agent.locator('[data-testid="agent-state"][data-state="ready"]').waitFor();
  await caller.selectOption('#from', e164);
  await caller.click('#call');
  const incoming = agent.getByTestId('incoming-call');
  await incoming.waitFor();
  return (await incoming.getAttribute('data-call-id'))!;
}

/** Rings from the known citizen, answers with Alt+A and waits for the call's case form with her name; gives the call id. */
export async function answerKnownCitizen(agent: Page, caller: Page): Promise<string> {
  await ringFrom(agent, caller, demoCallers.knownCitizen.e164);
  await agent.keyboard.press('Alt+A');
  const form = agent.locator('[data-testid="case-form"]:not([data-call-id=""])');
  await form.waitFor();
  await expect.poll(() => agent.getByTestId('case-form-citizen').textContent()).toContain('Margareta Lindqvist');
  return (await form.getAttribute('data-call-id'))!;
}

/** `<name>-1366x768.png` and `<name>-1920x1080.png`, the page left at the laptop size. */
export async function screenshotBothSizes(page: Page, folder: string, name: string, between?: () => Promise<void>): Promise<void> {
  await page.setViewportSize(DESKTOP_VIEWPORT);
  await page.screenshot({ path: join(folder, `${name}-1366x768.png`) });
  await page.setViewportSize(WIDE_VIEWPORT);
  await between?.();
  await page.screenshot({ path: join(folder, `${name}-1920x1080.png`) });
  await page.setViewportSize(DESKTOP_VIEWPORT);
}
