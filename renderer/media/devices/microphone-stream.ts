/**
 * The microphone a call uses: sip.js's media stream factory, asking for the agent's chosen
 * microphone. `deviceId` without `exact` is a preference, so a device unplugged in the meantime
 * gives the default instead of a failed call.
 */
import { Web } from 'sip.js';

type MediaStreamFactory = ReturnType<typeof Web.defaultMediaStreamFactory>;

export function chosenMicrophoneFactory(microphoneId: () => string): MediaStreamFactory {
  const fallback = Web.defaultMediaStreamFactory();
  return (constraints, sessionDescriptionHandler, options) => {
    const deviceId = microphoneId();
    if (!constraints.audio || constraints.video || deviceId === '') return fallback(constraints, sessionDescriptionHandler, options);
    const audio = typeof constraints.audio === 'object' ? { ...constraints.audio, deviceId } : { deviceId };
    return navigator.mediaDevices.getUserMedia({ audio, video: false });
  };
}
