/**
 * The renderer's half of the media bridge: for each call the core names, one real sip.js Web
 * SessionDescriptionHandler (RTCPeerConnection, microphone, remote audio). sip.js's own browser
 * code decides offer/answer, hold direction and DTMF; the core only forwards its calls here.
 * A reloaded page starts empty and builds a fresh peer connection on the core's next offer.
 */
import { Web } from 'sip.js';
import type { RendererSideLink } from '../../shared/messaging/links.js';
import { RemoteAudio } from './remote-audio.js';

type WebSdh = InstanceType<typeof Web.SessionDescriptionHandler>;

const quietLogger = {
  error: (...args: unknown[]) => console.error('[media]', ...args),
  warn: () => undefined,
  log: () => undefined,
  debug: () => undefined,
};

export function startMediaEngine(link: RendererSideLink): { stop(): void } {
  const sessions = new Map<string, WebSdh>();
  const audio = new RemoteAudio();
  const iceServers = link.request('media.getConfiguration', {}).then((r) => (r.ok ? r.value.iceServers : []));

  const sessionFor = async (sessionId: string): Promise<WebSdh> => {
    const existing = sessions.get(sessionId);
    if (existing) return existing;
    const sdh = new Web.SessionDescriptionHandler(quietLogger as never, Web.defaultMediaStreamFactory(), {
      // Never sip.js's default public STUN server: only what the desk's settings name.
      peerConnectionConfiguration: { ...Web.defaultPeerConnectionConfiguration(), iceServers: await iceServers },
      iceGatheringTimeout: 2000,
    });
    sdh.peerConnectionDelegate = { ontrack: () => audio.play(sessionId, sdh.remoteMediaStream) };
    sessions.set(sessionId, sdh);
    return sdh;
  };

  const dtmfReady = (sdh: WebSdh) => {
    const pc = sdh.peerConnection;
    return Boolean(pc && pc.connectionState !== 'closed' && pc.getSenders().some((s) => s.dtmf));
  };

  link.handle('media.getDescription', async ({ sessionId, options }) => {
    const sdh = await sessionFor(sessionId);
    const description = await sdh.getDescription(options);
    return { ...description, dtmfReady: dtmfReady(sdh) };
  });
  link.handle('media.setDescription', async ({ sessionId, sdp, options }) => {
    const sdh = await sessionFor(sessionId);
    await sdh.setDescription(sdp, options);
    return { dtmfReady: dtmfReady(sdh) };
  });
  link.handle('media.sendDtmf', ({ sessionId, tones, duration, interToneGap }) => {
    const sdh = sessions.get(sessionId);
    // RTCDTMFSender's own defaults, stated because sip.js's types ask for both.
    return { sent: sdh ? sdh.sendDtmf(tones, { duration: duration ?? 100, interToneGap: interToneGap ?? 70 }) : false };
  });
  const closeSession = (sessionId: string) => {
    sessions.get(sessionId)?.close();
    sessions.delete(sessionId);
    audio.stop(sessionId);
  };
  const unsubscribe = link.on('media.sessionClosed', ({ sessionId }) => closeSession(sessionId));

  return {
    stop() {
      unsubscribe();
      [...sessions.keys()].forEach(closeSession);
    },
  };
}
