/**
 * The desk core in this process, as the dev host runs it, with a stand-in renderer on the other
 * end of a real contract link. The stand-in records every event with its arrival time and makes
 * media with a fixed SDP, so SIP flows exactly as with a page, minus the audio.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Call, CoreEvents, PayloadOf } from '../../../shared/contract/index.js';
import { createCarrierPair, type MessageCarrier } from '../../../shared/messaging/carrier.js';
import { createRendererSideLink, type RendererSideLink } from '../../../shared/messaging/links.js';
import { startDeskCore, type DeskCore } from '../../../main/core/desk-core.js';
import type { Logger } from '../../../main/core/logger.js';
import type { ReconnectPolicy } from '../../../main/phone/reconnect-policy.js';
import { FixedSdpSessionDescriptionHandler } from '../../fixtures/sip/fixed-sdp-handler.js';

export interface RecordedEvent {
  channel: keyof CoreEvents;
  payload: unknown;
  at: number;
}

export interface CoreUnderTest {
  core: DeskCore;
  renderer: RendererSideLink;
  events: RecordedEvent[];
  /** When the core handed each event to its carrier (performance.now()). */
  sentAt: Map<string, number>;
  logLines: string[];
  dataDir: string;
  waitFor<K extends keyof CoreEvents>(channel: K, match: (payload: PayloadOf<CoreEvents, K>) => boolean, timeoutMs?: number): Promise<PayloadOf<CoreEvents, K>>;
  /** The first change of call `callId` that matches. */
  callChange(callId: string, match: (call: Call) => boolean, timeoutMs?: number): Promise<Call>;
  stop(): Promise<void>;
}

/** The value of a request the core must grant; a refusal fails the test with its error. */
export async function ok<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(`refused: ${JSON.stringify(settled.error)}`);
  return settled.value;
}

const fastRetry: ReconnectPolicy = { delayMs: () => 200 };

export async function startCoreUnderTest(settings: Record<string, unknown>, dataDir = mkdtempSync(join(tmpdir(), 'careline-core-'))): Promise<CoreUnderTest> {
  const logLines: string[] = [];
  const entry = (level: string) => (message: string, fields?: Record<string, unknown>) => logLines.push(JSON.stringify({ level, message, ...fields }));
  const log: Logger = { info: entry('info'), warn: entry('warn'), error: entry('error') };
  // The wrap-up rule (a call's case before Ready) is tested on its own; other tests go Ready as before it.
  const stored: Record<string, unknown> = { cases: { caseRequired: 'optional' }, ...structuredClone(settings) };
  const core = await startDeskCore({
    dataDir,
    log,
    reconnectPolicy: fastRetry,
    settings: { readAll: () => structuredClone(stored), set: (key, value) => void (stored[key] = value), location: 'memory' },
  });

  const [coreCarrier, rendererCarrier] = createCarrierPair();
  const sentAt = new Map<string, number>();
  core.attachRenderer(timestampingCarrier(coreCarrier, sentAt));
  const renderer = createRendererSideLink(rendererCarrier);
  serveFixedSdpMedia(renderer);
  // As a desk page's media engine does at start: headset and microphone there, the check passed.
  await renderer.request('media.reportDevices', { headsetPresent: true, microphonePresent: true, selfTest: 'passed' });
  // As a desk page does once it painted the card: the core holds each ring for that.
  renderer.on('phone.callChanged', (call) => {
    if (call.state === 'ringing') renderer.emit('screenpop.cardShown', { callId: call.callId });
  });

  const events: RecordedEvent[] = [];
  const waiters = new Set<() => void>();
  for (const channel of ['phone.registrationChanged', 'phone.callChanged', 'screenpop.callerIdentified', 'settings.changed', 'agent.stateChanged', 'transfer.changed'] as const) {
    renderer.on(channel, (payload) => {
      events.push({ channel, payload, at: performance.now() });
      waiters.forEach((check) => check());
    });
  }

  const underTest: CoreUnderTest = {
    core,
    renderer,
    events,
    sentAt,
    logLines,
    dataDir,
    callChange: (callId, match, timeoutMs) => underTest.waitFor('phone.callChanged', (c) => c.callId === callId && match(c), timeoutMs),
    waitFor(channel, match, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = events.find((e) => e.channel === channel && match(e.payload as never));
          if (!found) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found.payload as never);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no ${channel} event matched within ${timeoutMs} ms; saw ${JSON.stringify(events.map((e) => e.payload))}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async stop() {
      await core.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return underTest;
}

/** Notes when the core sent each screen-pop, keyed by call id, before it goes on the wire. */
function timestampingCarrier(carrier: MessageCarrier, sentAt: Map<string, number>): MessageCarrier {
  return {
    ...carrier,
    send(text) {
      const message = JSON.parse(text) as { ch?: string; body?: { callId?: string } };
      if (message.ch === 'screenpop.callerIdentified' && message.body?.callId) sentAt.set(message.body.callId, performance.now());
      carrier.send(text);
    },
  };
}

function serveFixedSdpMedia(renderer: RendererSideLink): void {
  const sessions = new Map<string, FixedSdpSessionDescriptionHandler>();
  const sessionFor = (id: string) => sessions.get(id) ?? sessions.set(id, new FixedSdpSessionDescriptionHandler()).get(id)!;
  renderer.handle('media.getDescription', async ({ sessionId, options }) => ({
    ...(await sessionFor(sessionId).getDescription(options)),
    dtmfReady: true,
  }));
  renderer.handle('media.setDescription', async ({ sessionId, sdp }) => {
    await sessionFor(sessionId).setDescription(sdp);
    return { dtmfReady: true };
  });
  renderer.handle('media.sendDtmf', () => ({ sent: true }));
  renderer.on('media.sessionClosed', ({ sessionId }) => sessions.delete(sessionId));
}
