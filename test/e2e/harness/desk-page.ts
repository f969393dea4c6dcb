/**
 * The agent's desk in Chromium, opened the way an agent starts the day: the page loads, the
 * phone shows it is registered and (unless the test expects otherwise) the device check passed
 * and the agent is Ready, so a test's first call rings it.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** A common laptop screen: the screenshots show the desk the way agents see it. */
export const DESKTOP_VIEWPORT = { width: 1366, height: 768 };

export interface DeskPageOptions {
  /** Runs before the page loads, for init scripts and listeners that must see everything. */
  prepare?: (page: Page) => unknown;
  registeredTimeoutMs?: number;
  /** False for a desk that is not meant to become Ready (e.g. a headset missing). */
  ready?: boolean;
}

export async function openDeskPage(context: BrowserContext, deskUrl: string, options: DeskPageOptions = {}): Promise<Page> {
  const page = await context.newPage();
  await options.prepare?.(page);
  await page.goto(deskUrl);
  await page.locator('[data-testid="registration-status"][data-state="registered"]').waitFor({ timeout: options.registeredTimeoutMs ?? 15_000 });
  if (options.ready !== false) await page.locator('[data-testid="agent-state"][data-state="ready"]').waitFor();
  return page;
}
