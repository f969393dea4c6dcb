/**
 * The desk asks the OS for the microphone, for calls, and uses the headset: its audio outputs
 * (speaker selection) and its call buttons (WebHID, telephony devices only). Every other
 * permission (camera, notifications, location, clipboard, USB, serial...) is refused, and
 * refusals are logged by name.
 */
import type { Session } from 'electron';
import type { Logger } from '../core/desk-core.js';
import { appOrigin } from './secure-window.js';
import { TELEPHONY_PAGE } from '../../shared/contract/devices.js';


const fromApp = (url: string | undefined) => url === appOrigin || (url ?? '').startsWith(`${appOrigin}/`);

export function allowMicrophoneOnly(session: Session, log: Logger): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    const allowed =
      permission === 'media' &&
      mediaTypes.length > 0 &&
      mediaTypes.every((type) => type === 'audio') &&
      details.isMainFrame &&
      fromApp(details.requestingUrl);
    if (!allowed) log.warn('permission request denied', { permission, mediaTypes });
    callback(allowed);
  });
  session.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin, details) =>
      ((permission === 'media' && details.mediaType === 'audio') || permission === 'hid' || permission === 'speaker-selection') && fromApp(requestingOrigin),
  );
  // A headset granted once stays usable after a restart (navigator.hid.getDevices), for the app only.
  session.setDevicePermissionHandler((details) => details.deviceType === 'hid' && fromApp(details.origin));
  // navigator.hid.requestDevice has no chooser in Electron: take the first telephony device (a headset).
  session.on('select-hid-device', (event, details, callback) => {
    event.preventDefault();
    const headset = details.deviceList.find((device) => device.collections.some((collection) => collection.usagePage === TELEPHONY_PAGE));
    if (!headset) log.warn('no headset with call buttons to connect', { offered: details.deviceList.length });
    callback(headset?.deviceId ?? null);
  });
}
