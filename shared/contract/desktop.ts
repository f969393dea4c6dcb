/**
 * What the desk asks the desktop to tell the agent outside the window: OS notifications. The core
 * decides when (main/core/call-notices.ts); each shell only shows them: the Electron shell with
 * the OS's notifications, a browser page through the dev host with the web Notification API.
 */
import { z } from 'zod';
import { callIdSchema } from './call-basics.js';

export const deskNoticeSchema = z.discriminatedUnion('kind', [
  /** A call rings here; the notification offers to answer it. `dialled` is the line it came in on (e.g. "600"). */
  z.object({ kind: z.literal('incomingCall'), callId: callIdSchema, dialled: z.string() }),
  /** A call rang here and nobody answered it here. */
  z.object({ kind: z.literal('missedCall'), callId: callIdSchema, at: z.number() }),
  /** The call's notification is out of date (answered, or ended): take it away. */
  z.object({ kind: z.literal('withdrawn'), callId: callIdSchema }),
]);
export type DeskNotice = z.infer<typeof deskNoticeSchema>;

export const desktopEvents = {
  'desktop.notice': deskNoticeSchema,
};

/** An incoming call is news only to an agent looking elsewhere; a missed one is kept for later either way. */
export function noticeWanted(notice: DeskNotice, windowFocused: boolean): boolean {
  return notice.kind === 'missedCall' || (notice.kind === 'incomingCall' && !windowFocused);
}

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** A notice's words, the same in the Electron shell and in a browser page; none for `withdrawn`. */
export function noticeText(t: Translate, language: string, notice: DeskNotice): { title: string; body: string } | null {
  if (notice.kind === 'incomingCall') return { title: t('desktop.notify.incomingTitle'), body: t('desktop.notify.incomingBody', { dialled: notice.dialled }) };
  if (notice.kind === 'missedCall') {
    const time = new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(notice.at);
    return { title: t('desktop.notify.missedTitle'), body: t('desktop.notify.missedBody', { time }) };
  }
  return null;
}
