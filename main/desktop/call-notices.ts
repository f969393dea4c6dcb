/**
 * When the desk tells the agent about a call outside its window: a call that starts ringing here
 * (shown while the window is not focused, with a way to answer), and a call that rang here and
 * nobody answered (shown always: it waits in the OS's notification list for an agent who was
 * away). A notice names no caller: OS notification lists keep their text outside the desk's
 * control, so they get the line the call came in on and the time, never a name or number.
 */
import type { DeskNotice } from '../../shared/contract/desktop.js';
import type { Call } from '../../shared/contract/phone.js';

/** Ends that are not "missed": the agent turned it down, or a colleague took it. */
const notMissed = new Set<Call['endReason']>(['hungUpByAgent', 'answeredElsewhere']);

export class CallNotices {
  /** Inbound calls that have rung here, until they end. */
  private readonly rang = new Set<string>();
  /** Calls whose incoming notice is showing. */
  private readonly showing = new Set<string>();

  /** The notices one call change brings: none for most. */
  next(call: Call): DeskNotice[] {
    const { callId } = call;
    if (call.direction !== 'inbound') return [];
    const notices: DeskNotice[] = [];
    if (call.state === 'ringing' && !this.showing.has(callId)) {
      this.rang.add(callId);
      this.showing.add(callId);
      notices.push({ kind: 'incomingCall', callId, dialled: call.dialled });
    } else if (call.state !== 'ringing' && this.showing.delete(callId)) {
      notices.push({ kind: 'withdrawn', callId });
    }
    if (call.state === 'ended') {
      if (this.rang.delete(callId) && call.answeredAt === undefined && !notMissed.has(call.endReason)) {
        notices.push({ kind: 'missedCall', callId, at: call.endedAt ?? call.offeredAt });
      }
    }
    return notices;
  }
}
