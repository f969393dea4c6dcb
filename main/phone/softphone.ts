/**
 * The phone as the rest of the core sees it: a line that stays registered and the calls on it,
 * reporting every change as one stream of events.
 */
import type { Call, PhoneSnapshot, RegistrationStatus } from '../../shared/contract/phone.js';
import type { CallerIdentified } from '../../shared/contract/screenpop.js';
import type { Logger } from '../core/logger.js';
import type { IdentifyCaller } from '../screenpop/screen-pop.js';
import type { DeskSettings } from '../settings/desk-settings.js';
import { IncomingCalls } from './incoming-calls.js';
import type { MediaEngine } from './media-engine.js';
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
}

export class Softphone {
  private readonly line: PhoneLine;
  private readonly calls: IncomingCalls;

  constructor(options: SoftphoneOptions) {
    const { onEvent, log } = options;
    this.calls = new IncomingCalls({
      identifyCaller: options.identifyCaller,
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
        this.calls.offer(invitation).catch((error: unknown) => log.error('incoming call failed', { error: String(error) }));
      },
    });
  }

  start(): void {
    this.line.start();
  }

  async stop(): Promise<void> {
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
}
