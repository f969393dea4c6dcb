/**
 * Reconnect time after a Kamailio restart: the phone server is stopped, stays away for a while
 * (the desk's backoff grows meanwhile), and starts again on the same port; measured from its
 * WebSocket answering again to the agent's page showing "registered".
 */
import { epochNow, registrationSeen, pause } from './phone-page-probes.js';
import type { PhoneRig } from './phone-rig.js';

export interface ReconnectRound {
  downSeconds: number;
  /** Kamailio's WebSocket accepting again -> "registered" on the agent's screen, ms. */
  reconnectMs: number;
  /** Whether the screen ever said "registered" while the server was down. */
  registeredWhileDown: boolean;
}


export async function benchReconnect(rig: PhoneRig, downtimesSeconds: readonly number[], log: (line: string) => void): Promise<ReconnectRound[]> {
  const results: ReconnectRound[] = [];
  for (const downSeconds of downtimesSeconds) {
    const before = (await registrationSeen(rig.agent)).length;
    let stoppedAt = 0;
    await rig.restartPbx(async () => {
      stoppedAt = epochNow();
      await rig.agent.locator('[data-testid="registration-status"]:not([data-state="registered"])').waitFor({ timeout: 30_000 });
      await pause(Math.max(0, downSeconds * 1000 - (epochNow() - stoppedAt)));
    });
    // startPbx resolves once a probe WebSocket opened; it probes every 10 ms.
    const returnedAt = epochNow();
    await rig.agent.locator('[data-testid="registration-status"][data-state="registered"]').waitFor({ timeout: 30_000 });
    const changes = (await registrationSeen(rig.agent)).slice(before);
    const registered = changes.filter((change) => change.state === 'registered');
    const back = registered.find((change) => change.at >= stoppedAt);
    if (!back) throw new Error('the agent page never showed "registered" again');
    results.push({ downSeconds, reconnectMs: back.at - returnedAt, registeredWhileDown: registered.some((change) => change.at >= stoppedAt && change.at < returnedAt - 20) });
    log(`  down ${downSeconds} s: registered ${(back.at - returnedAt).toFixed(0)} ms after Kamailio's return`);
    await pause(500);
  }
  return results;
}
