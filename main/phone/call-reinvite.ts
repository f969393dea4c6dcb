/**
 * Hold and resume as re-INVITEs (the media engine offers sendonly, then sendrecv). A re-INVITE
 * that follows the ACK or an earlier re-INVITE too closely is refused with 500 + Retry-After by
 * sip.js peers (RFC 5407 race) or 491 on glare: both are momentary, so it is sent once more
 * after a short pause rather than after the 1-10 s the header asks, which an agent would feel.
 */
import { SessionState, type Session, type SessionDescriptionHandlerOptions } from 'sip.js';

export const HOLD_RETRY_DELAY_MS = 300;
const MOMENTARY = new Set([491, 500]);

export class ReInviteFailed extends Error {
  constructor(readonly statusCode: number) {
    super(statusCode === 0 ? 're-INVITE failed before a response' : `re-INVITE refused with ${statusCode}`);
  }
}

export interface ReInviteTiming {
  retryDelayMs?: number;
  wait?: (ms: number) => Promise<void>;
}

export async function reInviteForHold(session: Session, hold: boolean, timing: ReInviteTiming = {}): Promise<{ attempts: number }> {
  const { retryDelayMs = HOLD_RETRY_DELAY_MS, wait = sleep } = timing;
  try {
    await sendReInvite(session, hold);
    return { attempts: 1 };
  } catch (error) {
    if (!(error instanceof ReInviteFailed) || !MOMENTARY.has(error.statusCode)) throw error;
    await wait(retryDelayMs);
    await sendReInvite(session, hold);
    return { attempts: 2 };
  }
}

function sendReInvite(session: Session, hold: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    // Kept on the session: sip.js also answers the other side's re-INVITEs with these options,
    // so a call the agent holds stays held when the other party re-negotiates.
    const options: SessionDescriptionHandlerOptions & { hold: boolean } = { hold };
    session.sessionDescriptionHandlerOptionsReInvite = options;
    const ended = (state: SessionState) => {
      if (state === SessionState.Terminated) settle(() => reject(new ReInviteFailed(0)));
    };
    const settle = (finish: () => void) => {
      session.stateChange.removeListener(ended);
      finish();
    };
    session.stateChange.addListener(ended);
    session
      .invite({
        requestDelegate: {
          onAccept: () => settle(resolve),
          onReject: (response) => settle(() => reject(new ReInviteFailed(response.message.statusCode ?? 0))),
        },
      })
      .catch((error: unknown) => settle(() => reject(error instanceof Error ? error : new Error(String(error)))));
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
