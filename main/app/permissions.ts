/**
 * The desk asks the OS for one thing: the microphone, for calls. Every other permission (camera,
 * notifications, location, clipboard, devices...) is refused, and refusals are logged by name.
 */
import type { Session } from 'electron';
import type { Logger } from '../core/desk-core.js';
import { appOrigin } from './secure-window.js';

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
      permission === 'media' && details.mediaType === 'audio' && fromApp(requestingOrigin),
  );
}
