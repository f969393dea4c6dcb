/**
 * The desk's line to the phone server: one sip.js UserAgent and its registration, kept alive.
 * An unreachable server is retried with backoff; a refused login is not retried, because a wrong
 * password stays wrong and a retry storm only locks the account.
 */
import WebSocket from 'ws';
import { Registerer, RegistererState, UserAgent, UserAgentState, type Invitation, type LogLevel } from 'sip.js';
import type { RegistrationStatus } from '../../shared/contract/phone.js';
import type { Logger } from '../core/logger.js';
import type { DeskSettings } from '../settings/desk-settings.js';
import type { MediaEngine } from './media-engine.js';
import { MediaBridgeSessionDescriptionHandler } from './media-bridge-sdh.js';
import { exponentialBackoff, type ReconnectPolicy } from './reconnect-policy.js';

/** sip.js's transport opens `new WebSocket(url, 'sip')` on the global; Node 20 has none. */
(globalThis as { WebSocket?: unknown }).WebSocket = WebSocket;

/** Statuses that mean "these credentials are not accepted", as opposed to "try later". */
const REFUSALS = new Set([401, 403, 404, 407]);
const REGISTRATION_EXPIRES_S = 300;

export interface PhoneLineOptions {
  sip: DeskSettings['sip'];
  media: MediaEngine;
  log: Logger;
  onStatus: (status: RegistrationStatus) => void;
  onInvite: (invitation: Invitation) => void;
  policy?: ReconnectPolicy;
}

export class PhoneLine {
  readonly userAgent: UserAgent;
  private readonly registerer: Registerer;
  private readonly policy: ReconnectPolicy;
  private status: RegistrationStatus;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private stopping = false;

  constructor(private readonly options: PhoneLineOptions) {
    const { sip, log } = options;
    this.policy = options.policy ?? exponentialBackoff();
    this.status = { state: 'stopped', user: sip.user };
    const domain = sip.domain || new URL(sip.server).hostname;
    const uri = UserAgent.makeURI(`sip:${sip.user}@${domain}`);
    if (!uri) throw new Error('settings give no valid SIP address');
    this.userAgent = new UserAgent({
      uri,
      transportOptions: { server: sip.server, connectionTimeout: 5 },
      authorizationUsername: sip.user,
      authorizationPassword: sip.password,
      // The screen-pop must reach the agent before the caller hears ringing: 180 is ours to send.
      sendInitialProvisionalResponse: false,
      // Reconnection is ours too, with backoff and jitter (sip.js retries at a fixed delay).
      reconnectionAttempts: 0,
      sessionDescriptionHandlerFactory: (session) => new MediaBridgeSessionDescriptionHandler(session.id, options.media),
      sessionDescriptionHandlerFactoryOptions: { peerConnectionConfiguration: { iceServers: sip.iceServers } },
      userAgentString: 'Careline Desk',
      logBuiltinEnabled: false,
      logLevel: 'warn',
      // sip.js log lines can quote SIP messages, which hold callers' numbers: keep only where it came from.
      logConnector: (level: LogLevel, category: string) => {
        if (level === 'error') log.warn('sip.js reported an error', { category });
      },
      delegate: {
        onInvite: (invitation) => options.onInvite(invitation),
        onDisconnect: (error) => {
          if (error && !this.stopping) this.unreachable('connection lost');
        },
      },
    });
    this.registerer = new Registerer(this.userAgent, { expires: REGISTRATION_EXPIRES_S });
    this.registerer.stateChange.addListener((state) => {
      if (state === RegistererState.Registered) {
        this.attempt = 0;
        this.setStatus({ state: 'registered', user: sip.user });
      } else if (state === RegistererState.Unregistered && this.status.state === 'registered' && !this.stopping) {
        // A refresh failed while we thought we were registered: try again as after an outage.
        this.unreachable('registration lapsed');
      }
    });
  }

  get current(): RegistrationStatus {
    return this.status;
  }

  start(): void {
    this.stopping = false;
    void this.connectAndRegister();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.retryTimer);
    if (this.registerer.state === RegistererState.Registered) {
      await this.registerer.unregister().catch(() => undefined);
    }
    await this.userAgent.stop().catch(() => undefined);
    this.setStatus({ state: 'stopped', user: this.options.sip.user });
  }

  private async connectAndRegister(): Promise<void> {
    this.setStatus({ state: 'connecting', user: this.options.sip.user });
    try {
      if (this.userAgent.state !== UserAgentState.Started) await this.userAgent.start();
      else if (!this.userAgent.isConnected()) await this.userAgent.reconnect();
    } catch {
      if (!this.stopping) this.unreachable('cannot connect');
      return;
    }
    if (this.stopping) return;
    await this.registerer.register({
      requestDelegate: {
        onReject: (response) => {
          const statusCode = response.message.statusCode ?? 0;
          if (REFUSALS.has(statusCode)) {
            this.options.log.warn('phone server refused the registration', { statusCode });
            this.setStatus({ state: 'rejected', user: this.options.sip.user, statusCode });
          } else {
            this.unreachable(`registration answered ${statusCode}`);
          }
        },
      },
    });
  }

  private unreachable(reason: string): void {
    clearTimeout(this.retryTimer);
    const delay = this.policy.delayMs(this.attempt++);
    this.options.log.warn('phone server unreachable, retrying', { reason, retryInMs: delay });
    this.setStatus({ state: 'unreachable', user: this.options.sip.user, nextAttemptAt: Date.now() + delay });
    this.retryTimer = setTimeout(() => void this.connectAndRegister(), delay);
  }

  private setStatus(status: RegistrationStatus): void {
    this.status = status;
    this.options.onStatus(status);
  }
}
