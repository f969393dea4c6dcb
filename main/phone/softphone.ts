/**
 * The phone as the rest of the core sees it: a line that stays registered and the calls on it,
 * reporting every change as one stream of events.
 */
import { Inviter, UserAgent } from 'sip.js';
import type { Call, PhoneSnapshot, RegistrationStatus } from '../../shared/contract/phone.js';
import { ContractFailure } from '../../shared/contract/result.js';
import type { CallerIdentified } from '../../shared/contract/screenpop.js';
import type { Logger } from '../core/logger.js';
import type { IdentifyCaller } from '../screenpop/screen-pop.js';
import type { DeskSettings } from '../settings/desk-settings.js';
import type { DtmfMode } from './call-dtmf.js';
import { DeskCalls } from './calls.js';
import { numberToDial } from './dial-number.js';
import type { MediaEngine } from './media-engine.js';
import { MediaRecovery } from './media-recovery.js';
import { PhoneLine } from './phone-line.js';
import type { ReconnectPolicy } from './reconnect-policy.js';

export type PhoneEvent =
  | { type: 'registrationChanged'; status: RegistrationStatus }
  | { type: 'callChanged'; call: Call }
  | { type: 'callerIdentified'; identified: CallerIdentified };

export interface SoftphoneOptions {
  sip: DeskSettings['sip'];
  media: MediaEngine;
  identifyCaller: IdentifyCaller;
  log: Logger;
  onEvent: (event: PhoneEvent) => void;
  policy?: ReconnectPolicy;
  /** False while the agent takes no calls (Not ready, offline): a new call is declined before it rings. */
  acceptsCalls?: () => boolean;
}

export class Softphone {
  private readonly line: PhoneLine;
  private readonly calls: DeskCalls;
  private readonly recovery: MediaRecovery;

  constructor(options: SoftphoneOptions) {
    const { onEvent, log } = options;
    this.calls = new DeskCalls({
      identifyCaller: options.identifyCaller,
      inviterFor: (e164) => this.inviterFor(e164),
      log,
      onCallChanged: (call) => onEvent({ type: 'callChanged', call }),
      onCallerIdentified: (identified) => onEvent({ type: 'callerIdentified', identified }),
    });
    this.line = new PhoneLine({
      sip: options.sip,
      media: options.media,
      log,
      ...(options.policy ? { policy: options.policy } : {}),
      onStatus: (status) => onEvent({ type: 'registrationChanged', status }),
      onInvite: (invitation) => {
        if (options.acceptsCalls && !options.acceptsCalls()) {
          this.calls.declineUnoffered(invitation);
          return;
        }
        this.calls.offer(invitation).catch((error: unknown) => log.error('incoming call failed', { error: String(error) }));
      },
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

  /** Lets a ringing call go to the other agents of a ring-all group (see DeskCalls.decline). */
  decline(callId: string): Promise<void> {
    return this.calls.decline(callId);
  }

  /** Calls what the agent typed, read as a number of `defaultRegion`; nothing is sent for a malformed one. */
  async dial(typed: string, defaultRegion: string): Promise<string> {
    const number = numberToDial(typed, defaultRegion);
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
    const target = UserAgent.makeURI(`sip:${e164}@${this.line.userAgent.configuration.uri.host}`);
    if (!target) throw new ContractFailure('invalidNumber', 'phone.errors.invalidNumber');
    return new Inviter(this.line.userAgent, target);
  }
}
