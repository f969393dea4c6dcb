/** A call as the core keeps it: what the renderer sees, plus the sip.js session behind it. */
import type { Invitation, Inviter, Session } from 'sip.js';
import type { Call, CallEndReason, CallFailure } from '../../shared/contract/phone.js';
import type { CallerIdentified } from '../../shared/contract/screenpop.js';

export interface TrackedCall {
  call: Call;
  session: Session;
  /** Set for an inbound call: only an invitation can be answered or declined. */
  invitation?: Invitation;
  /** Set for an outbound call: only an inviter can be cancelled while it rings. */
  inviter?: Inviter;
  identified?: CallerIdentified;
  /** Set before we end the call ourselves, so the Terminated state reads right. */
  endReason?: CallEndReason;
  /** The final SIP status of an outgoing call that did not connect. */
  failure?: CallFailure;
  /** Hold and resume one after another: sip.js refuses a re-INVITE while one is pending. */
  mediaQueue: Promise<void>;
  /**
   * Settles once the dialog is confirmed: at once for our own calls, on the caller's ACK for an
   * answered one. sip.js ends a call whose ACK meets a re-INVITE offer of ours still open, so
   * hold waits for it (or for the call's end).
   */
  confirmed: Deferred;
}

export interface Deferred {
  promise: Promise<void>;
  settle(): void;
}

export function deferred(): Deferred {
  let settle = () => {};
  const promise = new Promise<void>((resolve) => {
    settle = resolve;
  });
  return { promise, settle };
}
