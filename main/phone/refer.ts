/**
 * One REFER and its outcome. The 202 only says the other side will try; what happened is in the
 * NOTIFYs' message/sipfrag bodies ("SIP/2.0 180 Ringing", then "SIP/2.0 200 OK" or a refusal),
 * so the REFER resolves with the final status the transferee reported.
 */
import { SessionState, type Session, type URI } from 'sip.js';

/** The status line of a message/sipfrag body, or undefined when there is none. */
export function sipfragStatus(body: string): number | undefined {
  const match = /^SIP\/2\.0\s+(\d{3})\b/.exec(body.trim());
  return match ? Number(match[1]) : undefined;
}

/**
 * Sends REFER on `session` towards `target` (a URI: blind; a session: attended, with Replaces)
 * and resolves with the final status: 2xx when the transferee reached the target, the sipfrag's
 * or the REFER's own refusal otherwise, 0 when the call ended before any final word.
 */
export function referAndWait(session: Session, target: URI | Session): Promise<number> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (statusCode: number) => {
      if (done) return;
      done = true;
      session.stateChange.removeListener(ended);
      resolve(statusCode);
    };
    const ended = (state: SessionState) => {
      if (state === SessionState.Terminated) finish(0);
    };
    session.stateChange.addListener(ended);
    session
      .refer(target, {
        requestDelegate: {
          onReject: (response) => finish(response.message.statusCode ?? 0),
        },
        onNotify: (notification) => {
          void notification.accept();
          const statusCode = sipfragStatus(notification.request.body);
          // Provisional sipfrags (100 Trying, 180 Ringing) only say the transferee is trying.
          if (statusCode !== undefined && statusCode >= 200) finish(statusCode);
        },
      })
      .catch(() => finish(0));
  });
}
