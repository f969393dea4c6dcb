/**
 * Everything the phone benchmarks run against: the test Kamailio, the built desk in its own
 * process (phone-desk.ts), Debian's Chromium with the agent's page, a caller and a plain sip.js callee.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { demoCallers } from '../../main/data/demo/demo-callers.js';
import { tapPeerConnections } from '../e2e/harness/audio-stats.js';
import { openCallerSimulator } from '../e2e/harness/caller-simulator-page.js';
import { DESKTOP_VIEWPORT, openDeskPage } from '../e2e/harness/desk-page.js';
import { startPbx, type Pbx } from '../fixtures/pbx/pbx.js';
import { launchBenchChromium, servePlainCallee } from './phone-browser.js';
import type { CachedRegister } from './datasets.js';
import { startBenchDesk, type WireEntry } from './phone-desk.js';
import { observeAgentPage } from './phone-page-probes.js';

export const benchUsers = { '1001': 'pw-bench-1001', '1002': 'pw-bench-1002', 'pstn-gateway': 'pw-bench-gateway' };

export interface PhoneRig {
  pbx: Pbx;
  /** Kamailio stopped and started again on the same port; resolves when its WebSocket answers. */
  restartPbx(stopped?: () => Promise<void>): Promise<Pbx>;
  browser: Browser;
  agent: Page;
  /** SIP and screen-pop messages as they left the desk, epoch ms. */
  wire(): WireEntry[];
  /** What the desk logged at warn or error level. */
  problems(): string[];
  /** A caller simulator page (sip.js Web UA) calling through the PSTN gateway user as a known citizen. */
  callerPage(): Promise<Page>;
  /** The plain sip.js callee (plain-callee-page.ts), registered as `user`. */
  plainCalleePage(user: keyof typeof benchUsers): Promise<Page>;
  stop(): Promise<void>;
}

/** `register`: the citizen register the desk looks callers up in (see startBenchDesk). */
export async function startPhoneRig(root: string, register?: CachedRegister): Promise<PhoneRig> {
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch(() => undefined);
  };
  try {
    const configFile = join(root, 'test/fixtures/pbx/kamailio.cfg');
    const pbxOptions = { users: benchUsers, trunkUser: 'pstn-gateway', configFile };
    let pbx = await startPbx(pbxOptions);
    stops.push(() => pbx.stop());

    const desk = await startBenchDesk(root, {
      locale: 'en',
      sip: { server: pbx.wsUrl, user: '1001', password: benchUsers['1001'] },
      // One second of after-call work and no case owed, so round after round finds a Ready agent.
      agent: { wrapUpSeconds: 1 },
      cases: { caseRequired: 'optional' },
    }, register);
    stops.push(() => desk.stop());

    const browser = await launchBenchChromium();
    stops.push(() => browser.close());
    const agent = await openDeskPage(await browser.newContext({ viewport: DESKTOP_VIEWPORT }), desk.url, {
      prepare: async (page) => {
        await tapPeerConnections(page);
        await observeAgentPage(page);
      },
      registeredTimeoutMs: 30_000,
    });

    const callerPage = (): Promise<Page> =>
      openCallerSimulator(
        browser,
        desk.url,
        { pbx: pbx.wsUrl, user: 'pstn-gateway', password: benchUsers['pstn-gateway'], to: '1001', from: [`Known citizen|${demoCallers.knownCitizen.e164}`] },
        15_000,
      );

    const plainCallee = await servePlainCallee(root);
    stops.push(() => plainCallee.stop());
    const plainCalleePage = async (user: keyof typeof benchUsers): Promise<Page> => {
      const page = await (await browser.newContext()).newPage();
      await page.goto(`${plainCallee.url}?${new URLSearchParams({ pbx: pbx.wsUrl, user, password: benchUsers[user] })}`);
      await page.locator('#status[data-state="ready"]').waitFor({ timeout: 15_000 });
      return page;
    };

    return {
      get pbx() {
        return pbx;
      },
      async restartPbx(stopped) {
        await pbx.stop();
        await stopped?.();
        pbx = await startPbx({ ...pbxOptions, port: pbx.port });
        return pbx;
      },
      browser,
      agent,
      wire: desk.wire,
      problems: desk.problems,
      callerPage,
      plainCalleePage,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

export function sipJsVersion(root: string): string {
  return (JSON.parse(readFileSync(join(root, 'node_modules/sip.js/package.json'), 'utf8')) as { version: string }).version;
}
