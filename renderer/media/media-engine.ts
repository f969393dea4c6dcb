/**
 * The renderer's half of the media bridge: for each call the core names, one real sip.js Web
 * SessionDescriptionHandler (RTCPeerConnection, microphone, remote audio). sip.js's own browser
 * code decides offer/answer, hold direction and DTMF; the core only forwards its calls here.
 * A reloaded page starts empty and builds a fresh peer connection on the core's next offer.
 * Mute, hold and ringback follow the phone mirror (see call-controls.ts, ringback.ts); the chosen
 * devices (devices/) decide which microphone a call uses and where its sound and the ringtone go.
 */
import { Web } from 'sip.js';
import type { RendererSideLink } from '../../shared/messaging/links.js';
import { phoneReader } from '../phone/index.js';
import { followCallControls } from './call-controls.js';
import { startDeviceMonitor } from './devices/device-monitor.js';
import { deviceStore } from './devices/device-store.js';
import { chosenMicrophoneFactory } from './devices/microphone-stream.js';
import { createRingtone, followRingtone } from './devices/ringtone.js';
import { startHeadsetButtons } from './hid/hid-headset.js';
import { RemoteAudio } from './remote-audio.js';
import { createRingbackTone, followRingback } from './ringback.js';

type WebSdh = InstanceType<typeof Web.SessionDescriptionHandler>;

const quietLogger = {
  error: (...args: unknown[]) => console.error('[media]', ...args),
  warn: () => undefined,
  log: () => undefined,
  debug: () => undefined,
};

export function startMediaEngine(link: RendererSideLink): { stop(): void } {
  const sessions = new Map<string, WebSdh>();
  const deviceFor = (role: 'microphone' | 'headset' | 'ringer') => deviceStore.getState().resolved?.[role].deviceId ?? '';
  const devices = startDeviceMonitor(link);
  const headsetButtons = startHeadsetButtons(link, phoneReader);
  const audio = new RemoteAudio(() => deviceFor('headset'));
  const stopFollowingHeadset = deviceStore.subscribe((state, previous) => {
    if (state.resolved?.headset.deviceId !== previous.resolved?.headset.deviceId) audio.setSink(deviceFor('headset'));
  });
  const iceServers = link.request('media.getConfiguration', {}).then((r) => (r.ok ? r.value.iceServers : []));

  const sessionFor = async (sessionId: string): Promise<WebSdh> => {
    const existing = sessions.get(sessionId);
    if (existing) return existing;
    const sdh = new Web.SessionDescriptionHandler(quietLogger as never, chosenMicrophoneFactory(() => deviceFor('microphone')), {
      // Never sip.js's default public STUN server: only what the desk's settings name.
      peerConnectionConfiguration: { ...Web.defaultPeerConnectionConfiguration(), iceServers: await iceServers },
      iceGatheringTimeout: 2000,
    });
    sdh.peerConnectionDelegate = { ontrack: () => audio.play(sessionId, sdh.remoteMediaStream) };
    sessions.set(sessionId, sdh);
    return sdh;
  };

  const controls = followCallControls(phoneReader, (sessionId, enabled) => {
    const pc = sessions.get(sessionId)?.peerConnection;
    pc?.getSenders().forEach((sender) => {
      if (sender.track) sender.track.enabled = enabled;
    });
  });
  const stopRingback = followRingback(phoneReader, createRingbackTone(() => deviceFor('headset')));
  const stopRingtone = followRingtone(phoneReader, createRingtone(() => [deviceFor('ringer'), deviceFor('headset')]));

  const dtmfReady = (sdh: WebSdh) => {
    const pc = sdh.peerConnection;
    return Boolean(pc && pc.connectionState !== 'closed' && pc.getSenders().some((s) => s.dtmf));
  };

  link.handle('media.getDescription', async ({ sessionId, options }) => {
    const sdh = await sessionFor(sessionId);
    // An offer the other side refused (a re-INVITE answered 500 or 491) is still pending here:
    // sip.js's Web SDH has no rollback and would refuse the retry, so roll back first.
    if (sdh.peerConnection?.signalingState === 'have-local-offer') await sdh.peerConnection.setLocalDescription({ type: 'rollback' });
    const description = await sdh.getDescription(options);
    controls.applyTo(sessionId);
    return { ...description, dtmfReady: dtmfReady(sdh) };
  });
  link.handle('media.setDescription', async ({ sessionId, sdp, options }) => {
    const sdh = await sessionFor(sessionId);
    await sdh.setDescription(sdp, options);
    controls.applyTo(sessionId);
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
      controls.stop();
      stopRingback();
      stopRingtone();
      stopFollowingHeadset();
      devices.stop();
      headsetButtons.stop();
      [...sessions.keys()].forEach(closeSession);
    },
  };
}
