import { SessionState } from 'sip.js';
import { describe, expect, it } from 'vitest';
import { sendCallDtmf } from './call-dtmf.js';
import { FakeSession } from './fake-call-sessions.js';
import { MediaBridgeSessionDescriptionHandler } from './media-bridge-sdh.js';
import type { MediaEngine } from './media-engine.js';

/** A media engine whose peer connection can send DTMF, or turns out not to when asked. */
function mediaEngine(sends: boolean): MediaEngine {
  return {
    getDescription: async () => ({ body: 'v=0', contentType: 'application/sdp', dtmfReady: true }),
    setDescription: async () => ({ dtmfReady: true }),
    sendDtmf: async () => sends,
    close: () => undefined,
  };
}

async function bridgedSession(sends: boolean) {
  const bridge = new MediaBridgeSessionDescriptionHandler('s-1', mediaEngine(sends));
  await bridge.getDescription();
  const session = Object.assign(new FakeSession('s-1'), { state: SessionState.Established });
  Object.defineProperty(session, 'sessionDescriptionHandler', { value: bridge });
  return session as never;
}

describe('sendCallDtmf', () => {
  it('waits for the renderer to say the tones really went', async () => {
    await expect(sendCallDtmf(await bridgedSession(true), '123', 'rfc4733')).resolves.toBeUndefined();
    await expect(sendCallDtmf(await bridgedSession(false), '123', 'rfc4733')).rejects.toMatchObject({
      code: 'dtmfFailed',
      messageKey: 'phone.errors.dtmfFailed',
    });
  });

  it('sends one INFO per key, in order', async () => {
    const session = Object.assign(new FakeSession('s-2'), { state: SessionState.Established });
    await sendCallDtmf(session as never, '9#A', 'info');
    expect(session.infoBodies).toEqual(['Signal=9\r\nDuration=160', 'Signal=#\r\nDuration=160', 'Signal=A\r\nDuration=160']);
  });
});
