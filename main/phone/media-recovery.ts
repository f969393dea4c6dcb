/**
 * Brings a call's audio back when the page that made its media goes away (a reload, a crash, a
 * newer window taking over). The core still holds every SIP dialog, so as soon as a page hosts
 * media again each connected call is re-INVITEd with a fresh offer from that page's media engine.
 * If no page comes back in time the calls are ended: the caller would otherwise hear silence.
 */
import { SessionState, type Session } from 'sip.js';
import type { Logger } from '../core/logger.js';

export interface ConnectedCall {
  /** Its id is the id the media engine knows the call by. */
  session: Session;
  /** When it was answered (epoch ms). */
  answeredAt: number;
}

export interface MediaRecoveryOptions {
  established: () => ConnectedCall[];
  /** Tells every page to drop what it still holds for a session, so only the new host plays it. */
  releaseMedia: (sessionId: string) => void;
  /** Ends a call whose audio cannot come back. */
  endCall: (session: Session) => Promise<void>;
  log: Logger;
  /** How long the calls wait for a page to host media again. */
  graceMs?: number;
  /** Pauses before each retry of a failed re-INVITE. */
  retryDelaysMs?: readonly number[];
  now?: () => number;
}

/**
 * 491 is glare with the caller's own re-INVITE; 500 is RFC 5407's race with a transaction still
 * finishing on the far side (sip.js answers a re-INVITE that arrives right after an ACK with it).
 */
const RETRY_STATUSES = new Set([491, 500, 503]);
/**
 * A call answered this recently may still await the caller's ACK; sip.js takes an ACK that
 * arrives while its own re-INVITE is open as a broken dialog and hangs up, so wait it out.
 */
const ACK_WAIT_MS = 1_000;

type Outcome = { ok: true } | { ok: false; retry: boolean; reason: string };

export class MediaRecovery {
  private generation = 0;
  private stopped = false;
  private graceTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly graceMs: number;
  private readonly retryDelaysMs: readonly number[];
  private readonly now: () => number;

  constructor(private readonly options: MediaRecoveryOptions) {
    this.graceMs = options.graceMs ?? 20_000;
    this.retryDelaysMs = options.retryDelaysMs ?? [250, 1_000, 2_500];
    this.now = options.now ?? Date.now;
  }

  /** The page hosting media changed: `present` says whether there is one now. */
  hostChanged(present: boolean): void {
    if (this.stopped) return;
    const generation = ++this.generation;
    const calls = this.options.established();
    if (!present) {
      if (calls.length === 0) return;
      this.options.log.warn('desk page gone mid-call: waiting for it to come back', { calls: calls.length, graceMs: this.graceMs });
      this.graceTimer ??= setTimeout(() => this.giveUp(), this.graceMs);
      return;
    }
    clearTimeout(this.graceTimer);
    this.graceTimer = undefined;
    for (const call of calls) void this.renegotiate(call, generation);
  }

  stop(): void {
    this.stopped = true;
    this.generation++;
    clearTimeout(this.graceTimer);
    this.graceTimer = undefined;
  }

  private giveUp(): void {
    this.graceTimer = undefined;
    const calls = this.options.established();
    if (calls.length === 0) return;
    this.options.log.error('no desk page came back to carry the audio: ending the calls', { calls: calls.length, graceMs: this.graceMs });
    for (const { session } of calls) this.end(session, 'no desk page');
  }

  private async renegotiate({ session, answeredAt }: ConnectedCall, generation: number): Promise<void> {
    const started = this.now();
    this.options.releaseMedia(session.id);
    await sleep(answeredAt + ACK_WAIT_MS - started);
    let outcome: Outcome = { ok: false, retry: false, reason: 'not tried' };
    for (let attempt = 0; ; attempt++) {
      if (!this.stillWanted(session, generation)) return;
      outcome = await reinvite(session);
      if (outcome.ok) {
        this.options.log.info('call audio restored on the new desk page', { callId: session.id, ms: this.now() - started, attempts: attempt + 1 });
        return;
      }
      const delay = this.retryDelaysMs[attempt];
      if (!outcome.retry || delay === undefined) break;
      await sleep(delay);
    }
    // A newer page (or none) took over meanwhile: that change brings its own attempt or wait.
    if (!this.stillWanted(session, generation)) return;
    this.end(session, outcome.reason);
  }

  private stillWanted(session: Session, generation: number): boolean {
    return generation === this.generation && session.state === SessionState.Established;
  }

  private end(session: Session, reason: string): void {
    this.options.log.error('call audio could not be restored: ending the call', { callId: session.id, reason });
    this.options.endCall(session).catch((error: unknown) => this.options.log.warn('ending the call failed', { callId: session.id, error: String(error) }));
  }
}

/** One re-INVITE with a fresh offer, keeping the call's re-INVITE options (a held call stays held). */
function reinvite(session: Session): Promise<Outcome> {
  return new Promise((resolve) => {
    const ended = (state: SessionState) => {
      if (state === SessionState.Terminated) settle({ ok: false, retry: false, reason: 'call ended' });
    };
    const settle = (outcome: Outcome) => {
      session.stateChange.removeListener(ended);
      resolve(outcome);
    };
    session.stateChange.addListener(ended);
    session
      .invite({
        requestDelegate: {
          // sip.js calls onAccept even when the answer could not be applied (it then sends BYE).
          onAccept: () => settle(session.state === SessionState.Established ? { ok: true } : { ok: false, retry: false, reason: 'answer not applied' }),
          onReject: (response) => {
            const statusCode = response.message.statusCode ?? 0;
            settle({ ok: false, retry: RETRY_STATUSES.has(statusCode), reason: `re-INVITE answered ${statusCode}` });
          },
        },
      })
      // No offer (the page is not ready, or another re-INVITE such as hold is still running).
      .catch((error: unknown) => settle({ ok: false, retry: true, reason: error instanceof Error ? error.name : 'no offer' }));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
