/**
 * What every end-to-end test runs against: the test Kamailio (hunt group 600 rings agent 1001,
 * pstn-gateway is the trunk), the built desk in its own process registered as 1001, and
 * Chromium. Stops in reverse order, also when starting failed halfway.
 */
import type { Browser, Page } from 'playwright-core';
import { startPbx, type Pbx } from '../../fixtures/pbx/pbx.js';
import { openCallerSimulator, type SimulatedPhone } from './caller-simulator-page.js';
import { launchChromium, type ChromiumOptions } from './chromium.js';
import { DESKTOP_VIEWPORT, openDeskPage, type DeskPageOptions } from './desk-page.js';
import { startDeskProcess, type DeskProcess } from './desk-process.js';

export interface DeskRig {
  pbx: Pbx;
  desk: DeskProcess;
  browser: Browser;
  /** The agent's desk page on a laptop-sized screen, registered. */
  deskPage(options?: DeskPageOptions): Promise<Page>;
  /** A caller simulator registered on this rig's PBX. */
  callerSimulator(phone: Omit<SimulatedPhone, 'pbx'>): Promise<Page>;
  stop(): Promise<void>;
}

/** `users` are the PBX's accounts (1001 is the agent); `settings` are added to the desk's settings file. */
export async function startDeskRig(
  users: { '1001': string } & Record<string, string>,
  settings: Record<string, unknown> = {},
  chromiumOptions: ChromiumOptions = {},
): Promise<DeskRig> {
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch(() => undefined);
  };
  try {
    const pbx = await startPbx({ users, huntGroups: { '600': ['1001'] }, trunkUser: 'pstn-gateway' });
    stops.push(() => pbx.stop());
    const desk = await startDeskProcess({ locale: 'en', sip: { server: pbx.wsUrl, user: '1001', password: users['1001'] }, ...settings });
    stops.push(() => desk.stop());
    const browser = await launchChromium(chromiumOptions);
    stops.push(() => browser.close());
    return {
      pbx,
      desk,
      browser,
      deskPage: async (options) => openDeskPage(await browser.newContext({ viewport: DESKTOP_VIEWPORT }), desk.url, options),
      callerSimulator: (phone) => openCallerSimulator(browser, desk.url, { pbx: pbx.wsUrl, ...phone }),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
