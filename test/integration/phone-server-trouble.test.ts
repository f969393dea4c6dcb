/**
 * What the agent sees when the phone server is not there or will not have them: the desk keeps
 * trying an absent server with backoff and registers once it appears, refuses a wrong password
 * once without a retry storm, and starts on defaults when the settings file is broken.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, startPbx, type Pbx } from '../fixtures/pbx/pbx.js';
import { startCoreUnderTest, type CoreUnderTest } from './harness/core-under-test.js';
import { tapOutgoingSip } from './harness/sip-wire-tap.js';

const users = { '1001': 'pw-1001' };
let pbx: Pbx | undefined;
let desk: CoreUnderTest | undefined;

afterEach(async () => {
  await desk?.stop();
  await pbx?.stop();
  desk = undefined;
  pbx = undefined;
});

describe('phone server trouble', () => {
  it('says it cannot reach a server that is down at start, and registers when it comes up', async () => {
    const port = await freePort();
    desk = await startCoreUnderTest({ sip: { server: `ws://127.0.0.1:${port}`, user: '1001', password: users['1001'] } });
    const unreachable = await desk.waitFor('phone.registrationChanged', (s) => s.state === 'unreachable');
    expect(unreachable.nextAttemptAt).toBeGreaterThan(Date.now() - 1000);
    pbx = await startPbx({ users, port });
    await desk.waitFor('phone.registrationChanged', (s) => s.state === 'registered', 10_000);
  });

  it('refuses a wrong password once, clearly, and does not keep hammering the server', async () => {
    pbx = await startPbx({ users });
    const wire = tapOutgoingSip();
    try {
      desk = await startCoreUnderTest({ sip: { server: pbx.wsUrl, user: '1001', password: 'wrong' } });
      const rejected = await desk.waitFor('phone.registrationChanged', (s) => s.state === 'rejected');
      expect(rejected.statusCode).toBe(401);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      // One REGISTER, and one more carrying the (wrong) credentials after the challenge: no storm.
      expect(wire.sent.filter((m) => m.firstLine.startsWith('REGISTER ')).length).toBeLessThanOrEqual(2);
      expect((await desk.renderer.request('phone.getSnapshot', {})).ok).toBe(true);
    } finally {
      wire.restore();
    }
  });

  it('starts with defaults for broken settings, says which were ignored, and keeps the good ones', async () => {
    pbx = await startPbx({ users });
    desk = await startCoreUnderTest({
      locale: 'klingon',
      sip: { server: pbx.wsUrl, user: '1001', password: users['1001'], iceServers: 'stun:example' },
      phoneNumbers: { defaultRegion: 42 },
    });
    await desk.waitFor('phone.registrationChanged', (s) => s.state === 'registered');
    const snapshot = await desk.renderer.request('settings.getSnapshot', {});
    expect(snapshot.ok && snapshot.value.locale).toBe('sv');
    expect(snapshot.ok && snapshot.value.ignored.map((i) => i.path).sort()).toEqual(['locale', 'phoneNumbers.defaultRegion', 'sip.iceServers']);
    expect(desk.logLines.some((line) => line.includes('setting ignored') && line.includes('sip.iceServers'))).toBe(true);
  });
});
