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
  readonly desk: DeskProcess;
  browser: Browser;
  /**
   * Kills the desk's process (SIGKILL, as a crash), runs `between` while the data folder is free
   * (e.g. to read its database), and starts it again on the same folder; `desk` is then the new one.
   */
  killAndRestartDesk(between?: () => Promise<void>): Promise<void>;
  /** The agent's desk page on a laptop-sized screen, registered. */
  deskPage(options?: DeskPageOptions): Promise<Page>;
  /** A caller simulator registered on this rig's PBX. */
  callerSimulator(phone: Omit<SimulatedPhone, 'pbx'>): Promise<Page>;
  stop(): Promise<void>;
}

/**
 * `users` are the PBX's accounts (1001 is the agent); `settings` are added to the desk's settings
 * file; `deskEnv` to the desk process's environment.
 */
export async function startDeskRig(
  users: { '1001': string } & Record<string, string>,
  settings: Record<string, unknown> = {},
  chromiumOptions: ChromiumOptions = {},
  deskEnv: Record<string, string> = {},
): Promise<DeskRig> {
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch(() => undefined);
  };
  try {
    const pbx = await startPbx({ users, huntGroups: { '600': ['1001'] }, trunkUser: 'pstn-gateway' });
    stops.push(() => pbx.stop());
    // The wrap-up rule (a call's case before Ready) is tested on its own; other tests go Ready as before it.
    let desk = await startDeskProcess({ locale: 'en', cases: { caseRequired: 'optional' }, sip: { server: pbx.wsUrl, user: '1001', password: users['1001'] }, ...settings }, 60_000, deskEnv);
    stops.push(() => desk.stop());
    const browser = await launchChromium(chromiumOptions);
    stops.push(() => browser.close());
    return {
      pbx,
      get desk() {
        return desk;
      },
      browser,
      async killAndRestartDesk(between) {
        desk = await desk.killAndRestart(between);
      },
      deskPage: async (options) => openDeskPage(await browser.newContext({ viewport: DESKTOP_VIEWPORT }), desk.url, options),
      callerSimulator: (phone) => openCallerSimulator(browser, desk.url, { pbx: pbx.wsUrl, ...phone }),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
