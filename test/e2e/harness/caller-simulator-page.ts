/**
 * A citizen's or colleague's phone for the end-to-end tests and the phone benchmarks: the caller
 * simulator page (test/fixtures/caller-simulator) registered on the PBX, and the state it shows.
 */
import type { Browser, Page } from 'playwright-core';

export interface SimulatedPhone {
  /** The PBX's WebSocket URL. */
  pbx: string;
  user: string;
  password: string;
  /** What the Call button dials. */
  to?: string;
  /** The numbers it can call as, each "label|+46…". */
  from?: string[];
  autoAnswer?: boolean;
}

/** Opens the simulator in its own browser context and resolves once it is registered. */
export async function openCallerSimulator(browser: Browser, deskUrl: string, phone: SimulatedPhone, timeoutMs?: number): Promise<Page> {
  const query = new URLSearchParams({ pbx: phone.pbx, user: phone.user, password: phone.password });
  if (phone.to) query.set('to', phone.to);
  if (phone.autoAnswer) query.set('autoAnswer', '1');
  for (const entry of phone.from ?? []) query.append('from', entry);
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${deskUrl}caller-simulator/?${query}`);
  await page.locator('[data-testid="simulator-status"][data-state="ready"]').waitFor({ timeout: timeoutMs });
  return page;
}

/** ready, incoming, ringing, talking or ended, as the simulator shows it. */
export const simulatorState = (page: Page): Promise<string | null> => page.getByTestId('simulator-status').getAttribute('data-state');
