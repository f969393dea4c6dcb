/**
 * The words the desktop shell shows outside the window (tray, OS notifications, a refused link),
 * from the same catalogs as the renderer, in the desk's language. The main process has no React,
 * so this is a plain i18next instance; like the renderer, English stands in for a missing key.
 */
import i18next, { type i18n } from 'i18next';
import daCommon from '../../assets/locales/da/common.json';
import daPhone from '../../assets/locales/da/phone.json';
import enCommon from '../../assets/locales/en/common.json';
import enPhone from '../../assets/locales/en/phone.json';
import svCommon from '../../assets/locales/sv/common.json';
import svPhone from '../../assets/locales/sv/phone.json';
import type { AgentStatus } from '../../shared/contract/agent.js';
import { noticeText, type DeskNotice } from '../../shared/contract/desktop.js';
import type { Locale } from '../../shared/contract/settings.js';

export interface NotificationText {
  title: string;
  body: string;
  /** The label of the notification's answer button, for an incoming call. */
  answer?: string;
}

export interface TrayTexts {
  tooltip: string;
  show: string;
  ready: string;
  notReady: string;
  quit: string;
}

const namespaces = ['common', 'phone'] as const;

export class DesktopTexts {
  private readonly i18n: i18n;

  constructor(locale: Locale) {
    this.i18n = i18next.createInstance();
    // Resources are in memory and initAsync is off: the instance is usable as soon as this returns.
    void this.i18n.init({
      resources: { sv: { common: svCommon, phone: svPhone }, da: { common: daCommon, phone: daPhone }, en: { common: enCommon, phone: enPhone } },
      lng: locale,
      fallbackLng: 'en',
      ns: namespaces,
      defaultNS: 'common',
      initAsync: false,
      // Notification and tray text is plain text, not HTML.
      interpolation: { escapeValue: false },
    });
  }

  setLocale(locale: Locale): void {
    void this.i18n.changeLanguage(locale);
  }

  /** "Not ready (Break)": the state as the top bar names it, for the tray's tooltip. */
  agentState(status: AgentStatus | null): string {
    if (!status) return this.t('agent.state.offline');
    const state = this.t(`agent.state.${status.state}`);
    if (status.reason === undefined) return state;
    const key = `agent.reason.${status.reason}`;
    return `${state} (${this.i18n.exists(key) ? this.t(key) : status.reason})`;
  }

  tray(status: AgentStatus | null): TrayTexts {
    return {
      tooltip: this.t('desktop.tray.tooltip', { state: this.agentState(status) }),
      show: this.t('desktop.tray.show'),
      ready: this.t('desktop.tray.ready'),
      notReady: this.t('desktop.tray.notReady'),
      quit: this.t('desktop.tray.quit'),
    };
  }

  notification(notice: DeskNotice): NotificationText | null {
    const text = noticeText((key, values) => this.t(key as never, values), this.i18n.language, notice);
    if (!text) return null;
    return notice.kind === 'incomingCall' ? { ...text, answer: this.t('desktop.notify.answer') } : text;
  }

  /** A link the desk did not call: why, from a contract message key ("desktop.link.otherDomain", "phone.errors.notRegistered"). */
  refusedLink(messageKey: string): NotificationText {
    const [first, ...rest] = messageKey.split('.');
    const ns = first === 'phone' ? 'phone' : 'common';
    const key = ns === 'phone' ? rest.join('.') : messageKey;
    const body = this.i18n.exists(key, { ns }) ? this.t(key, { ns }) : this.t('errors.unrecognised', { messageKey });
    return { title: this.t('desktop.link.refusedTitle'), body };
  }

  private t(key: string, options: Record<string, unknown> = {}): string {
    return (this.i18n.t as unknown as (key: string, options: Record<string, unknown>) => string)(key, options);
  }
}
