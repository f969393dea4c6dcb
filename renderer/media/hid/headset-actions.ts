/**
 * What a headset button does to the agent's calls, and which LEDs the headset should show, both
 * from the phone mirror: the hook button answers the ringing call or hangs up the current one,
 * mute mutes, flash answers a second call or returns to the held one.
 */
import type { PhoneState } from '../../phone/index.js';
import { selectCurrentCall, selectFocusCall, selectHeldCalls, selectOldestRingingCall } from '../../phone/index.js';
import type { HeadsetEvent, LedState } from './telephony-reports.js';

export type HeadsetAction =
  | { type: 'answer'; callId: string }
  | { type: 'hangUp'; callId: string }
  | { type: 'mute'; callId: string; muted: boolean }
  | { type: 'resume'; callId: string };

export function headsetAction(event: HeadsetEvent, phone: PhoneState): HeadsetAction | null {
  const ringing = selectOldestRingingCall(phone);
  const current = selectCurrentCall(phone);
  switch (event.type) {
    case 'hook':
      if (event.offHook) return ringing && !current ? { type: 'answer', callId: ringing.callId } : null;
      return current ? { type: 'hangUp', callId: current.callId } : null;
    case 'hookPressed':
      if (current) return { type: 'hangUp', callId: current.callId };
      return ringing ? { type: 'answer', callId: ringing.callId } : null;
    case 'mutePressed': {
      const call = selectFocusCall(phone);
      return call && call.state === 'active' ? { type: 'mute', callId: call.callId, muted: !call.muted } : null;
    }
    case 'flash': {
      // Answering a second call holds the first; with none ringing, flash goes back to a held call.
      if (ringing) return { type: 'answer', callId: ringing.callId };
      const held = selectHeldCalls(phone).at(-1);
      return held ? { type: 'resume', callId: held.callId } : null;
    }
  }
}

export function headsetLeds(phone: PhoneState): LedState {
  const focus = selectFocusCall(phone);
  return { offHook: focus !== undefined, mute: focus?.muted === true, ring: selectOldestRingingCall(phone) !== undefined };
}
