/**
 * Which calls the media engine prepares before they are answered: an inbound call that rings here
 * gets its peer connection and microphone ready, so the click on Answer does not wait for them
 * (issue 4: answer -> audio as fast as a plain sip.js page), and its SDP answer starts the moment
 * the core takes the agent's answer. A call that leaves the mirror or stops ringing without being
 * answered here (caller gave up, answered elsewhere) gives them back.
 */
import type { PhoneReader, PhoneState } from '../phone/index.js';

export interface RingingMedia {
  prepare(callId: string): void;
  /** The core took the agent's answer: a head start on the SDP answer. */
  answering(callId: string): void;
  /** Only releases what the core has not started using: an answered call is the core's to close. */
  release(callId: string): void;
}

const ringsHere = (state: PhoneState, callId: string) => {
  const call = state.calls[callId];
  return call?.direction === 'inbound' && call.state === 'ringing';
};

export function followRingingCalls(reader: PhoneReader, media: RingingMedia): () => void {
  for (const callId of Object.keys(reader.getState().calls)) if (ringsHere(reader.getState(), callId)) media.prepare(callId);
  return reader.subscribe((state, previous) => {
    for (const callId of Object.keys(state.calls)) {
      if (ringsHere(state, callId) && !ringsHere(previous, callId)) media.prepare(callId);
      if (state.calls[callId]?.state === 'answering' && previous.calls[callId]?.state !== 'answering') media.answering(callId);
    }
    for (const callId of Object.keys(previous.calls)) {
      const call = state.calls[callId];
      // 'answering' and later belong to the core, which closes the session when the call ends.
      // A waiting call's offer is kept too, for when it rings.
      if (!call || (ringsHere(previous, callId) && call.state === 'waiting')) media.release(callId);
    }
  });
}
