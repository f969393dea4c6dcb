/**
 * Screen-pop painted vs 180 Ringing sent: a citizen calls the desk (a sip.js gateway in this
 * process, P-Asserted-Identity of a known citizen); the agent page notes when the caller card
 * entered the DOM and its next animation frame, the desk's wire tap when its 180 left.
 */
import { demoCallers } from '../../main/data/demo/demo-callers.js';
import { createNodePhone } from '../fixtures/sip/node-phone.js';
import { benchUsers, type PhoneRig } from './phone-rig.js';
import { cardsSeen, epochNow, pause } from './phone-page-probes.js';

export interface ScreenPopCall {
  /** Card in the DOM minus 180 sent, ms (negative: the card came first). */
  inDom: number;
  /** Card's animation frame minus 180 sent, ms. */
  painted: number;
  /** The screen-pop message handed to the renderer's socket minus 180 sent, ms. */
  messageSent: number;
  /** 180 received by the caller minus 180 sent, ms. */
  ringingReceived: number;
}

const toEpoch = (performanceMs: number) => performance.timeOrigin + performanceMs;

export async function benchScreenPop(rig: PhoneRig, calls: number): Promise<ScreenPopCall[]> {
  const gateway = await createNodePhone({ wsUrl: rig.pbx.wsUrl, user: 'pstn-gateway', password: benchUsers['pstn-gateway'] });
  const results: ScreenPopCall[] = [];
  try {
    for (let index = 0; index < calls + 1; index += 1) {
      const call = gateway.call('1001', { assertedIdentity: demoCallers.knownCitizen.e164 });
      const callId = call.inviter.request.callId;
      const deadline = epochNow() + 10_000;
      let seen: Awaited<ReturnType<typeof cardsSeen>>[string] | undefined;
      while (!seen?.frame || call.times.progress === undefined) {
        if (epochNow() > deadline) throw new Error('no caller card painted and 180 received within 10 s');
        await pause(20);
        seen = Object.entries(await cardsSeen(rig.agent)).find(([id]) => id.startsWith(callId))?.[1];
      }
      const wire = rig.wire();
      const ringing = wire.find((m) => m.callId === callId && m.firstLine.startsWith('SIP/2.0 180'));
      const popMessage = wire.find((m) => m.firstLine === 'screenpop.callerIdentified' && m.callId?.startsWith(callId));
      if (!ringing) throw new Error('the desk sent no 180 Ringing');
      const sent = ringing.at;
      await call.hangUp();
      await rig.agent.locator(`[data-testid="incoming-call"]`).waitFor({ state: 'detached', timeout: 10_000 });
      await pause(200);
      // The first call warms the page's and the core's code paths; it is not counted.
      if (index === 0) continue;
      results.push({
        inDom: seen.inDom - sent,
        painted: seen.frame - sent,
        messageSent: popMessage ? popMessage.at - sent : Number.NaN,
        ringingReceived: toEpoch(call.times.progress) - sent,
      });
    }
  } finally {
    await gateway.stop();
  }
  return results;
}
