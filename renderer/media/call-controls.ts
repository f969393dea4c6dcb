/**
 * Mute and hold as the agent's microphone obeys them: a call muted or on hold gets no sound
 * from this desk. On hold the far end only receives (sendonly), and without this it would hear
 * the agent talk to the next caller. The core owns the flags; this follows the phone mirror.
 */
import type { Call } from '../../shared/contract/index.js';
import type { PhoneReader, PhoneState } from '../phone/index.js';

export const sendsAudio = (call: Call | undefined): boolean => !(call?.muted || call?.held);

export function followCallControls(reader: PhoneReader, setSending: (sessionId: string, enabled: boolean) => void) {
  const unsubscribe = reader.subscribe((state, previous) => {
    for (const call of Object.values(state.calls)) {
      const enabled = sendsAudio(call);
      if (enabled !== sendsAudio(previous.calls[call.callId])) setSending(call.callId, enabled);
    }
  });
  return {
    /** For a session whose tracks were (re)made: a new peer connection starts with them on. */
    applyTo(sessionId: string): void {
      setSending(sessionId, sendsAudio(reader.getState().calls[sessionId]));
    },
    stop: unsubscribe,
  };
}
