/**
 * The desk's notices as the OS's notifications: a ringing call while the window is not focused
 * (click, or "Answer" on macOS, answers it and brings the desk up) and a missed call. When and
 * what is decided in the core (call-notices.ts, desktop-texts.ts); this only shows and forwards.
 */
import { Notification } from 'electron';
import type { DeskCore, Logger } from '../core/desk-core.js';
import type { DesktopTexts } from '../desktop/desktop-texts.js';
import { noticeWanted } from '../../shared/contract/desktop.js';

export interface DeskNotificationOptions {
  core: DeskCore;
  texts: DesktopTexts;
  windowFocused: () => boolean;
  showWindow: () => void;
  log: Logger;
}

export function showDeskNotifications({ core, texts, windowFocused, showWindow, log }: DeskNotificationOptions): void {
  if (!Notification.isSupported()) return;
  const ringing = new Map<string, Notification>();
  core.shell.onEvent((event) => {
    if (event.type !== 'notice') return;
    const { notice } = event;
    if (notice.kind === 'withdrawn') {
      ringing.get(notice.callId)?.close();
      ringing.delete(notice.callId);
      return;
    }
    if (!noticeWanted(notice, windowFocused())) return;
    const text = texts.notification(notice);
    if (!text) return;
    const incoming = notice.kind === 'incomingCall';
    // The ringtone already sounds for a ringing call; the OS's sound would only talk over it.
    const notification = new Notification({
      title: text.title,
      body: text.body,
      silent: incoming,
      ...(incoming && text.answer ? { actions: [{ type: 'button' as const, text: text.answer }], urgency: 'critical' as const } : {}),
    });
    const answer = () => {
      showWindow();
      if (incoming) core.shell.answer(notice.callId).catch((error: unknown) => log.warn('answer from notification failed', { callId: notice.callId, error: String(error) }));
    };
    notification.on('click', answer);
    notification.on('action', answer);
    notification.show();
    if (incoming) ringing.set(notice.callId, notification);
  });
}
