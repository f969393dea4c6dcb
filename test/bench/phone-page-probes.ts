/**
 * What the phone benchmarks measure inside the Chromium pages, on the page's own clock expressed
 * as epoch ms (performance.timeOrigin + now), which Node shares on the same machine. The agent page
 * is observed through init scripts, so the product carries no benchmark hook.
 */
import type { Page } from 'playwright-core';

/** Epoch ms on this process's clock, comparable with `pageNow` in a page on this machine. */
export const epochNow = (): number => performance.timeOrigin + performance.now();

export const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export interface CardSeen {
  /** The card with the caller (name, unknown, protected or failed look-up) entered the DOM. */
  inDom: number;
  /** The next animation frame after that: the frame that paints the card. */
  frame?: number;
}

/**
 * Records, per call id, when the ringing call's caller card appeared and was painted, and every
 * registration state the status line showed, with its time.
 */
export async function observeAgentPage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const now = () => performance.timeOrigin + performance.now();
    const cards: Record<string, { inDom: number; frame?: number }> = {};
    const registration: { state: string; at: number }[] = [];
    Object.assign(window, { __benchCards: cards, __benchRegistration: registration });
    const cardSelector = ['caller-name', 'unknown-caller', 'caller-protected', 'lookup-failed'].map((id) => `[data-testid="${id}"]`).join(',');
    const check = () => {
      for (const panel of Array.from(document.querySelectorAll<HTMLElement>('[data-testid="incoming-call"]'))) {
        const callId = panel.dataset['callId'];
        if (!callId || cards[callId] || !panel.querySelector(cardSelector)) continue;
        const seen: { inDom: number; frame?: number } = { inDom: now() };
        cards[callId] = seen;
        requestAnimationFrame(() => (seen.frame = now()));
      }
      const state = document.querySelector<HTMLElement>('[data-testid="registration-status"]')?.dataset['state'];
      if (state && registration.at(-1)?.state !== state) registration.push({ state, at: now() });
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'data-call-id'] });
  });
}

export function cardsSeen(page: Page): Promise<Record<string, CardSeen>> {
  return page.evaluate(() => structuredClone((window as unknown as { __benchCards: Record<string, CardSeen> }).__benchCards));
}

export function registrationSeen(page: Page): Promise<{ state: string; at: number }[]> {
  return page.evaluate(() => structuredClone((window as unknown as { __benchRegistration: { state: string; at: number }[] }).__benchRegistration));
}

/** Whose statistics to read: the desk's peer connections (tapped), a caller simulator's or the plain callee's session. */
export type AudioSide = 'agent' | 'simulator' | 'plainCallee';

/**
 * Resolves (epoch ms) when sound (a level above silence) from the other end has reached the page's
 * receiver, polled in the page itself. It reads the receivers' synchronization sources, which
 * Chromium fills as packets arrive; getStats() would do, but Chromium caches its report for 50 ms,
 * which quantised every figure into steps of 50 ms.
 */
export function audioHeardAt(page: Page, side: AudioSide, deadlineMs = 10_000): Promise<number> {
  return page.evaluate(
    async ({ side, deadlineMs }) => {
      const connection = (): RTCPeerConnection | undefined => {
        if (side === 'agent') {
          const connections = (window as unknown as { __peerConnections: RTCPeerConnection[] }).__peerConnections;
          return connections.filter((pc) => pc.connectionState !== 'closed').at(-1);
        }
        const phone = (window as unknown as Record<string, { peerConnection(): RTCPeerConnection | undefined }>)[side === 'simulator' ? 'callerSimulator' : 'plainCallee'];
        return phone?.peerConnection();
      };
      const heard = () => connection()?.getReceivers().some((receiver) => receiver.getSynchronizationSources().some((source) => (source.audioLevel ?? 0) > 0)) ?? false;
      const started = performance.now();
      while (performance.now() - started < deadlineMs) {
        if (heard()) return performance.timeOrigin + performance.now();
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      throw new Error(`no audio heard within ${deadlineMs} ms (${side})`);
    },
    { side, deadlineMs },
  );
}

/** Clicks in the page itself and returns when (epoch ms), free of Playwright's actionability waits. */
export function clickAt(page: Page, selector: string): Promise<number> {
  return page.evaluate((selector) => {
    const target = document.querySelector<HTMLElement>(selector);
    if (!target) throw new Error(`nothing to click at ${selector}`);
    const at = performance.timeOrigin + performance.now();
    target.click();
    return at;
  }, selector);
}

/** Resolves (epoch ms) when an element matching `selector` is in the page, seen by a MutationObserver. */
export function presentAt(page: Page, selector: string, deadlineMs = 10_000): Promise<number> {
  return page.evaluate(
    ({ selector, deadlineMs }) =>
      new Promise<number>((resolve, reject) => {
        const observer = new MutationObserver(() => check());
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`${selector} did not appear within ${deadlineMs} ms`));
        }, deadlineMs);
        const check = () => {
          if (!document.querySelector(selector)) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.timeOrigin + performance.now());
        };
        observer.observe(document, { subtree: true, childList: true, attributes: true });
        check();
      }),
    { selector, deadlineMs },
  );
}
