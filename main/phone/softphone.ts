/**
 * The phone as the rest of the core sees it: a line that stays registered and the calls on it,
 * reporting every change as one stream of events.
 */
import { Inviter, UserAgent, type URI } from 'sip.js';
import type { Call, PhoneSnapshot, RegistrationStatus } from '../../shared/contract/phone.js';
import { ContractFailure } from '../../shared/contract/result.js';
import type { CallerIdentified } from '../../shared/contract/screenpop.js';
import type { Logger } from '../core/logger.js';
import type { IdentifyCaller } from '../screenpop/screen-pop.js';
import type { DeskSettings } from '../settings/desk-settings.js';
import type { DtmfMode } from './call-dtmf.js';
import { DeskCalls, type DeskCallsOptions } from './calls.js';
import { dialledUser, type OfferedInvite, type Offering } from './incoming-call.js';
import { numberToDial, type Numbering } from './dial-number.js';
import type { MediaEngine } from './media-engine.js';
import { MediaRecovery } from './media-recovery.js';
import { PhoneLine } from './phone-line.js';
import type { ReconnectPolicy } from './reconnect-policy.js';
import { DeskTransfers } from './transfers.js';
import type { Transfer, TransferAttempt } from '../../shared/contract/transfer.js';

export type PhoneEvent =
  | { type: 'registrationChanged'; status: RegistrationStatus }
  | { type: 'callChanged'; call: Call }
  | { type: 'callerIdentified'; identified: CallerIdentified }
  | { type: 'transferChanged'; transfer: Transfer };

export interface SoftphoneOptions {
  sip: DeskSettings['sip'];
  media: MediaEngine;
  identifyCaller: IdentifyCaller;
  /** Holds a ring until a desk page painted the caller's card; absent: ring at once. */
  cardPainted?: DeskCallsOptions['cardPainted'];
  log: Logger;
  onEvent: (event: PhoneEvent) => void;
  policy?: ReconnectPolicy;
  /**
   * Whether a new call rings, waits in the strip, or is declined before it rings (Not ready,
   * offline); every call rings when absent.
   */
  offering?: (invite: OfferedInvite) => Offering;
  /** Each transfer attempt once settled, to be recorded with its call. */
  onTransferAttempt?: (attempt: TransferAttempt) => void;
}

export class Softphone {
  private readonly line: PhoneLine;
  private readonly calls: DeskCalls;
  private readonly recovery: MediaRecovery;
  /** Blind, attended and urgent transfers of this phone's calls (transfers.ts). */
  readonly transfers: DeskTransfers;

  constructor(options: SoftphoneOptions) {
    const { onEvent, log } = options;
    this.calls = new DeskCalls({
      identifyCaller: options.identifyCaller,
      inviterFor: (e164) => this.inviterFor(e164),
      log,
      onCallChanged: (call) => {
        onEvent({ type: 'callChanged', call });
        this.transfers.callChanged(call);
      },
      onCallerIdentified: (identified) => onEvent({ type: 'callerIdentified', identified }),
      ...(options.cardPainted ? { cardPainted: options.cardPainted } : {}),
    });
    this.line = new PhoneLine({
      sip: options.sip,
      media: options.media,
      log,
      ...(options.policy ? { policy: options.policy } : {}),
      onStatus: (status) => onEvent({ type: 'registrationChanged', status }),
      onInvite: (invitation) => {
        const offeredAt = Date.now();
        const invite = { callId: invitation.id, dialled: dialledUser(invitation), offeredAt };
        const offering = options.offering?.(invite) ?? 'ring';
        if (offering === 'decline') {
          this.calls.declineUnoffered(invitation);
          return;
        }
        this.calls
          .offer(invitation, offering, offeredAt)
          .then(() => {
            const sdp = invitation.body;
            if (sdp && /^application\/sdp/i.test(invitation.request.getHeader('Content-Type') ?? '')) options.media.offerReceived?.(invitation.id, sdp);
          })
          .catch((error: unknown) => log.error('incoming call failed', { error: String(error) }));
      },
    });
    this.transfers = new DeskTransfers({
      calls: this.calls,
      uriFor: (target) => this.uriFor(target),
      onChanged: (transfer) => onEvent({ type: 'transferChanged', transfer }),
      onAttempt: (attempt) => options.onTransferAttempt?.(attempt),
      log,
    });
    this.recovery = new MediaRecovery({
      established: () => this.calls.established(),
      releaseMedia: (sessionId) => options.media.close(sessionId),
      endCall: (session) => this.calls.endForLostMedia(session.id),
      log,
    });
  }

  start(): void {
    this.line.start();
  }

  /** The machine woke or was unlocked (app shell): check the line and register again at once. */
  resumed(): void {
    this.line.resumed();
  }

  /** The page hosting media changed: connected calls get their audio back from the new one. */
  mediaHostChanged(present: boolean): void {
    this.recovery.hostChanged(present);
  }

  async stop(): Promise<void> {
    this.recovery.stop();
    await this.calls.endAll();
    await this.line.stop();
  }

  snapshot(): PhoneSnapshot {
    return { registration: this.line.current, calls: this.calls.list(), callers: this.calls.callers() };
  }

  answer(callId: string): Promise<void> {
    return this.calls.answer(callId);
  }

  hangUp(callId: string): Promise<void> {
    return this.calls.hangUp(callId);
  }

  ringWaiting(callId: string): Promise<void> {
    return this.calls.ringWaiting(callId);
  }

  /** Lets a ringing call go to the other agents of a ring-all group (see DeskCalls.decline). */
  decline(callId: string): Promise<void> {
    return this.calls.decline(callId);
  }

  /** Calls what the agent typed, an extension or a number read by `numbering`; nothing is sent for a malformed one. */
  async dial(typed: string, numbering: Numbering): Promise<string> {
    const number = numberToDial(typed, numbering);
    if (this.line.current.state !== 'registered') throw new ContractFailure('notRegistered', 'phone.errors.notRegistered');
    return this.calls.dial(number);
  }

  hold(callId: string): Promise<void> {
    return this.calls.hold(callId);
  }

  resume(callId: string): Promise<void> {
    return this.calls.resume(callId);
  }

  mute(callId: string, muted: boolean): void {
    this.calls.mute(callId, muted);
  }

  sendDtmf(callId: string, tones: string, mode: DtmfMode): Promise<void> {
    return this.calls.sendDtmf(callId, tones, mode);
  }

  /** Numbers are dialled on the phone server's domain, where its routing (or trunk) takes over. */
  private inviterFor(e164: string): Inviter {
    return new Inviter(this.line.userAgent, this.uriFor(e164));
  }

  private uriFor(target: string): URI {
    const uri = UserAgent.makeURI(`sip:${target}@${this.line.userAgent.configuration.uri.host}`);
    if (!uri) throw new ContractFailure('invalidNumber', 'phone.errors.invalidNumber');
    return uri;
  }
}
