/**
 * The renderer's half of the media bridge: for each call the core names, one real sip.js Web
 * SessionDescriptionHandler (RTCPeerConnection, microphone, remote audio). sip.js's own browser
 * code decides offer/answer, hold direction and DTMF; the core only forwards its calls here.
 * A reloaded page starts empty and builds a fresh peer connection on the core's next offer.
 * A ringing call's media is made before the agent answers (ringing-media.ts, media-sessions.ts).
 * Mute, hold and ringback follow the phone mirror (see call-controls.ts, ringback.ts); the chosen
 * devices (devices/) decide which microphone a call uses and where its sound and the ringtone go.
 */
import { Web } from 'sip.js';
import type { RendererSideLink } from '../../shared/messaging/links.js';
import { phoneReader } from '../phone/index.js';
import { onAnswerIntent } from './answer-intent.js';
import { followCallControls } from './call-controls.js';
import { startDeviceMonitor } from './devices/device-monitor.js';
import { deviceStore } from './devices/device-store.js';
import { chosenMicrophoneFactory } from './devices/microphone-stream.js';
import { createRingtone, followRingtone } from './devices/ringtone.js';
import { startHeadsetButtons } from './hid/hid-headset.js';
import { makePreparableSdh, MediaSessions, type WebSdh } from './media-sessions.js';
import { RemoteAudio } from './remote-audio.js';
import { createRingbackTone, followRingback } from './ringback.js';
import { followRingingCalls } from './ringing-media.js';

const quietLogger = {
  error: (...args: unknown[]) => console.error('[media]', ...args),
  warn: () => undefined,
  log: () => undefined,
  debug: () => undefined,
};

export function startMediaEngine(link: RendererSideLink): { stop(): void } {
  const deviceFor = (role: 'microphone' | 'headset' | 'ringer') => deviceStore.getState().resolved?.[role].deviceId ?? '';
  const devices = startDeviceMonitor(link);
  const headsetButtons = startHeadsetButtons(link, phoneReader);
  const audio = new RemoteAudio(() => deviceFor('headset'));
  const iceServers = link.request('media.getConfiguration', {}).then((r) => (r.ok ? r.value.iceServers : []));
  const sessions = new MediaSessions({
    makeSdh: async () =>
      makePreparableSdh(quietLogger as never, chosenMicrophoneFactory(() => deviceFor('microphone')), {
        // Never sip.js's default public STUN server: only what the desk's settings name.
        peerConnectionConfiguration: { ...Web.defaultPeerConnectionConfiguration(), iceServers: await iceServers },
        iceGatheringTimeout: 2000,
      }),
    onCreated: (sessionId, sdh) => (sdh.peerConnectionDelegate = { ontrack: () => audio.play(sessionId, sdh.remoteMediaStream) }),
    onClosed: (sessionId) => audio.stop(sessionId),
  });
  const stopFollowingDevices = deviceStore.subscribe((state, previous) => {
    if (state.resolved?.headset.deviceId !== previous.resolved?.headset.deviceId) audio.setSink(deviceFor('headset'));
    if (state.resolved?.microphone.deviceId !== previous.resolved?.microphone.deviceId) sessions.renewUnused();
  });
  const stopPreparing = followRingingCalls(phoneReader, sessions);
  const stopAnswerIntents = onAnswerIntent((callId) => sessions.answering(callId));

  const controls = followCallControls(phoneReader, (sessionId, enabled) => {
    void sessions.peek(sessionId).then((sdh) =>
      sdh?.peerConnection?.getSenders().forEach((sender) => {
        if (sender.track) sender.track.enabled = enabled;
      }),
    );
  });
  const stopRingback = followRingback(phoneReader, createRingbackTone(() => deviceFor('headset')));
  const stopRingtone = followRingtone(phoneReader, createRingtone(() => [deviceFor('ringer'), deviceFor('headset')]));

  const dtmfReady = (sdh: WebSdh) => {
    const pc = sdh.peerConnection;
    return Boolean(pc && pc.connectionState !== 'closed' && pc.getSenders().some((s) => s.dtmf));
  };

  link.handle('media.getDescription', async ({ sessionId, options }) => {
    const { sdh, description } = await sessions.getDescription(sessionId, options);
    controls.applyTo(sessionId);
    return { ...description, dtmfReady: dtmfReady(sdh) };
  });
  link.handle('media.setDescription', async ({ sessionId, sdp, options }) => {
    const sdh = await sessions.setDescription(sessionId, sdp, options);
    controls.applyTo(sessionId);
    return { dtmfReady: dtmfReady(sdh) };
  });
  link.handle('media.sendDtmf', async ({ sessionId, tones, duration, interToneGap }) => {
    const sdh = await sessions.peek(sessionId);
    // RTCDTMFSender's own defaults, stated because sip.js's types ask for both.
    return { sent: sdh ? sdh.sendDtmf(tones, { duration: duration ?? 100, interToneGap: interToneGap ?? 70 }) : false };
  });
  const unsubscribe = link.on('media.sessionClosed', ({ sessionId }) => sessions.close(sessionId));
  const stopOffers = link.on('media.offerReceived', ({ sessionId, sdp }) => sessions.offerReceived(sessionId, sdp));

  return {
    stop() {
      unsubscribe();
      stopOffers();
      stopPreparing();
      stopAnswerIntents();
      controls.stop();
      stopRingback();
      stopRingtone();
      stopFollowingDevices();
      devices.stop();
      headsetButtons.stop();
      sessions.closeAll();
    },
  };
}
