/**
 * Answer -> two-way audio: the same caller page calls the desk (core + media bridge + agent page)
 * and a plain sip.js page answering as 1002 (plain-callee-page.ts), alternating; each round times
 * from the click on Answer until both ends hear the other (sound above silence at the receiver).
 */
import type { Page } from 'playwright-core';
import { audioHeardAt, clickAt, presentAt, type AudioSide, pause } from './phone-page-probes.js';
import type { PhoneRig } from './phone-rig.js';

export interface AnswerRound {
  who: 'desk' | 'plain';
  /** Click on Answer -> the caller's call is established (200 OK in), ms: the signalling part. */
  callerAnswered: number;
  /** Click on Answer -> the callee hears the caller, ms. */
  calleeHears: number;
  /** Click on Answer -> the caller hears the callee, ms. */
  callerHears: number;
  /** Both directions: the later of the two. */
  twoWay: number;
}

interface Callee {
  who: AnswerRound['who'];
  dial: string;
  page: Page;
  side: AudioSide;
  ringing: string;
  answer: string;
  ended(): Promise<void>;
}


export async function benchAnswerToAudio(rig: PhoneRig, rounds: number, log: (line: string) => void): Promise<AnswerRound[]> {
  const caller = await rig.callerPage();
  const plainPage = await rig.plainCalleePage('1002');
  const desk: Callee = {
    who: 'desk',
    dial: '1001',
    page: rig.agent,
    side: 'agent',
    ringing: '[data-testid="answer-button"]',
    answer: '[data-testid="answer-button"]',
    ended: async () => {
      await rig.agent.locator('[data-testid="active-call"], [data-testid="incoming-call"]').first().waitFor({ state: 'detached', timeout: 10_000 });
      // After-call work (one second in the bench's settings) ends before the next call comes in.
      await rig.agent.locator('[data-testid="agent-state"][data-state="ready"]').waitFor({ timeout: 10_000 });
    },
  };
  const plain: Callee = {
    who: 'plain',
    dial: '1002',
    page: plainPage,
    side: 'plainCallee',
    ringing: '#status[data-state="incoming"]',
    answer: '#answer',
    ended: () => plainPage.locator('#status[data-state="ended"]').waitFor({ timeout: 10_000 }),
  };

  const once = async (callee: Callee): Promise<AnswerRound> => {
    await caller.fill('#to', callee.dial);
    await caller.click('#call');
    await callee.page
      .locator(callee.ringing)
      .waitFor({ timeout: 10_000 })
      .catch(async (error: unknown) => {
        const seen = async (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => `${(el as HTMLElement).dataset['state'] ?? ''} "${el.textContent ?? ''}"`).catch(() => 'not found');
        const states = `caller ${await seen(caller, '[data-testid="simulator-status"]')}, plain callee ${await seen(plainPage, '#status')}`;
        throw new Error(`${callee.who} did not ring (${states}): ${String(error)}`);
      });
    await caller.locator('[data-testid="simulator-status"][data-state="ringing"]').waitFor({ timeout: 10_000 });
    await pause(300);
    const calleeHears = audioHeardAt(callee.page, callee.side);
    const callerHears = audioHeardAt(caller, 'simulator');
    const callerAnswered = presentAt(caller, '[data-testid="simulator-status"][data-state="talking"]');
    const clicked = await clickAt(callee.page, callee.answer);
    const [atCallee, atCaller, answeredAt] = await Promise.all([calleeHears, callerHears, callerAnswered]);
    await caller.evaluate(() => (window as unknown as { callerSimulator: { hangUp(): Promise<void> } }).callerSimulator.hangUp());
    await caller.locator('[data-testid="simulator-status"][data-state="ended"]').waitFor({ timeout: 10_000 });
    await callee.ended();
    await pause(500);
    return { who: callee.who, callerAnswered: answeredAt - clicked, calleeHears: atCallee - clicked, callerHears: atCaller - clicked, twoWay: Math.max(atCallee, atCaller) - clicked };
  };

  // The first call in a fresh page is slower (codecs, audio devices); it is not measured.
  await once(desk);
  await once(plain);
  const results: AnswerRound[] = [];
  for (let round = 0; round < rounds; round += 1) {
    // ABBA order, so neither side always runs right after the other's hang-up.
    const order = round % 2 === 0 ? [desk, plain] : [plain, desk];
    for (const callee of order) results.push(await once(callee));
    log(`  round ${round + 1}/${rounds}: ${results.slice(-2).map((r) => `${r.who} ${r.twoWay.toFixed(0)} ms`).join(', ')}`);
  }
  await caller.context().close();
  await plainPage.context().close();
  return results;
}
