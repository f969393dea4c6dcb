/**
 * The desk's notices (shared/contract/desktop.ts) as web notifications, for the desk in a browser
 * through the dev host. In Electron the shell shows them with the OS's notifications instead, and
 * the page's own are denied by its permission handler, so the two never double up. A notification
 * for a ringing call answers it when clicked; it goes away when the call is answered or ends.
 */
import type { i18n } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { noticeText, noticeWanted } from '../../shared/contract/index.js';
import type { RendererSideLink } from '../../shared/messaging/links.js';
import { answerCall } from './desk-actions.js';

export interface NotificationHost {
  /** The web Notification API, when there is one and the agent allowed it. */
  notify(title: string, options: { body: string; tag: string; onClick: () => void }): { close(): void } | null;
  focused(): boolean;
  focusWindow(): void;
}

export function showDeskNotices(link: RendererSideLink, host: NotificationHost, i18n: Pick<i18n, 't' | 'language'>): () => void {
  const shown = new Map<string, { close(): void }>();
  const t = i18n.t as unknown as (key: string, values?: Record<string, unknown>) => string;
  return link.on('desktop.notice', (notice) => {
    if (notice.kind === 'withdrawn') {
      shown.get(notice.callId)?.close();
      shown.delete(notice.callId);
      return;
    }
    const text = noticeWanted(notice, host.focused()) ? noticeText(t, i18n.language, notice) : null;
    if (!text) return;
    const notification = host.notify(text.title, {
      body: text.body,
      tag: `${notice.kind}:${notice.callId}`,
      onClick: () => {
        host.focusWindow();
        if (notice.kind === 'incomingCall') void answerCall(link, notice.callId);
      },
    });
    if (notification && notice.kind === 'incomingCall') shown.set(notice.callId, notification);
  });
}

/** The browser's notifications, asked for at the agent's first click or key (browsers want a gesture). */
function browserHost(): NotificationHost {
  const supported = typeof Notification !== 'undefined';
  if (supported && Notification.permission === 'default') {
    const ask = () => void Notification.requestPermission().catch(() => undefined);
    window.addEventListener('pointerdown', ask, { once: true });
    window.addEventListener('keydown', ask, { once: true });
  }
  return {
    notify(title, { body, tag, onClick }) {
      if (!supported || Notification.permission !== 'granted') return null;
      const notification = new Notification(title, { body, tag });
      notification.onclick = onClick;
      return notification;
    },
    focused: () => document.hasFocus(),
    focusWindow: () => window.focus(),
  };
}

export function useDeskNotifications(link: RendererSideLink): void {
  const { i18n } = useTranslation();
  useEffect(() => showDeskNotices(link, browserHost(), i18n), [link, i18n]);
}
