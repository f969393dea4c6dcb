/**
 * The core as the desktop shell sees it (main/app: tray, OS notifications, links from the OS,
 * sleep and lock): the agent's state and the notices to show as they change, and the few things
 * the shell may do. Kept in the core, without Electron, so all of it is tested here; the shell
 * only draws and forwards.
 */
import type { AgentStatus } from '../../shared/contract/agent.js';
import type { DeskNotice } from '../../shared/contract/desktop.js';
import { ContractFailure } from '../../shared/contract/result.js';
import type { Locale, SettingsSnapshot } from '../../shared/contract/settings.js';
import type { AgentService } from '../agent/agent-service.js';
import { isCareSystemLink } from '../citizens/care-system-link.js';
import { readDialLink } from '../core/dial-link.js';
import type { Logger } from '../core/logger.js';
import type { PhoneEvent, Softphone } from '../phone/softphone.js';
import type { DeskSettings } from '../settings/desk-settings.js';
import { CallNotices } from './call-notices.js';

export type ShellEvent =
  | { type: 'agentChanged'; status: AgentStatus }
  | { type: 'notice'; notice: DeskNotice }
  | { type: 'localeChanged'; locale: Locale };

export interface DeskShellOptions {
  agent: Pick<AgentService, 'status' | 'choose' | 'suspended'>;
  phone: Pick<Softphone, 'answer' | 'dial' | 'snapshot'>;
  settings: { readonly current: DeskSettings; onChange(listener: (snapshot: SettingsSnapshot) => void): () => void };
  /** Every page of the desk hears the notices too (the dev host shows them with web notifications). */
  broadcastNotice: (notice: DeskNotice) => void;
  log: Logger;
  /** How long a link that arrives while the phone is still connecting waits for it (a link can start the app). */
  lineWaitMs?: number;
}

const LINE_WAIT_MS = 10_000;

export class DeskShell {
  private readonly listeners = new Set<(event: ShellEvent) => void>();
  private readonly notices = new CallNotices();
  private readonly lineWaiters = new Set<() => void>();

  constructor(private readonly options: DeskShellOptions) {
    options.settings.onChange((snapshot) => this.emit({ type: 'localeChanged', locale: snapshot.locale }));
  }

  /** Everything the shell shows follows these; the returned function stops listening. */
  onEvent(listener: (event: ShellEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get locale(): Locale {
    return this.options.settings.current.locale;
  }

  agentStatus(): AgentStatus {
    return this.options.agent.status();
  }

  /** The notification's "Answer". */
  answer(callId: string): Promise<void> {
    return this.options.phone.answer(callId);
  }

  /** The tray's Ready / Not ready (the first reason in settings, as in the desk's own menu). */
  chooseAgentState(state: 'ready' | 'notReady'): void {
    this.options.agent.choose(state);
  }

  /** The machine sleeps or locks. */
  suspended(): void {
    this.options.agent.suspended();
  }

  /**
   * Calls what a tel: or sip: link names, as if the agent had typed it; a link that is no number
   * for this desk is refused with its reason (`desktop.link.*`). The link itself is never logged:
   * it holds a phone number.
   */
  async dialLink(uri: string): Promise<string> {
    const { sip, phoneNumbers } = this.options.settings.current;
    const link = readDialLink(uri, [sip.domain, new URL(sip.server).hostname].filter(Boolean));
    if (!link.ok) {
      this.options.log.info('link not called', { reason: link.reason });
      throw new ContractFailure('linkRefused', `desktop.link.${link.reason}`);
    }
    await this.lineUp();
    const callId = await this.options.phone.dial(link.dial, phoneNumbers);
    this.options.log.info('link called', { callId });
    return callId;
  }

  /** A link the desk page opens that belongs in the system's browser: only "open in the care system" links. */
  opensInBrowser(url: string): boolean {
    return isCareSystemLink(this.options.settings.current.careSystem.urlTemplate, url);
  }

  /** The core's phone events, for the notices and for links waiting on the line. */
  phoneEvent(event: PhoneEvent): void {
    if (event.type === 'registrationChanged' && event.status.state === 'registered') this.lineWaiters.forEach((wake) => wake());
    if (event.type !== 'callChanged') return;
    for (const notice of this.notices.next(event.call)) {
      this.options.broadcastNotice(notice);
      this.emit({ type: 'notice', notice });
    }
  }

  agentChanged(status: AgentStatus): void {
    this.emit({ type: 'agentChanged', status });
  }

  /** Resolves when the line is registered, or after the wait (dial then says why it cannot call). */
  private lineUp(): Promise<void> {
    const { state } = this.options.phone.snapshot().registration;
    if (state === 'registered' || state === 'rejected') return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.lineWaiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, this.options.lineWaitMs ?? LINE_WAIT_MS);
      this.lineWaiters.add(done);
    });
  }

  private emit(event: ShellEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
