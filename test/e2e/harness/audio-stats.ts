/**
 * What a page's peer connections received, read the way a person would judge a call: bytes of
 * audio arrived and they were not silence. The agent page is tapped by an init script, so the
 * product carries no test hook.
 */
import type { Page } from 'playwright-core';

export interface InboundAudio {
  bytesReceived: number;
  audioLevel: number;
}

/** Keeps every RTCPeerConnection the page creates in window.__peerConnections. */
export async function tapPeerConnections(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const Native = window.RTCPeerConnection;
    const seen: RTCPeerConnection[] = [];
    Object.assign(window, { __peerConnections: seen });
    window.RTCPeerConnection = class extends Native {
      constructor(configuration?: RTCConfiguration) {
        super(configuration);
        seen.push(this);
      }
    };
  });
}

export function agentInboundAudio(page: Page): Promise<InboundAudio> {
  return page.evaluate(async () => {
    const connections = (window as unknown as { __peerConnections: RTCPeerConnection[] }).__peerConnections;
    const live = connections.filter((pc) => pc.connectionState !== 'closed').at(-1);
    let result = { bytesReceived: 0, audioLevel: 0 };
    (await live?.getStats())?.forEach((report: { type: string; kind?: string; bytesReceived?: number; audioLevel?: number }) => {
      if (report.type === 'inbound-rtp' && report.kind === 'audio') {
        result = { bytesReceived: report.bytesReceived ?? 0, audioLevel: report.audioLevel ?? 0 };
      }
    });
    return result;
  });
}

export function callerInboundAudio(page: Page): Promise<InboundAudio> {
  return page.evaluate(() =>
    (window as unknown as { callerSimulator: { inboundAudio(): Promise<InboundAudio> } }).callerSimulator.inboundAudio(),
  );
}

/**
 * Polls from Node: page.waitForFunction does not await async predicates. Resolves with the time
 * (ms since `since`) at which audio first arrived with a level above zero, or throws at the deadline.
 */
export async function waitForAudio(who: string, read: () => Promise<InboundAudio>, since: number, deadlineMs: number): Promise<{ afterMs: number; audio: InboundAudio }> {
  let last: InboundAudio = { bytesReceived: 0, audioLevel: 0 };
  while (performance.now() - since < deadlineMs) {
    last = await read();
    if (last.bytesReceived > 0 && last.audioLevel > 0) return { afterMs: performance.now() - since, audio: last };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${who} heard no audio within ${deadlineMs} ms (last: ${JSON.stringify(last)})`);
}
