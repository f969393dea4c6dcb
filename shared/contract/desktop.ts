/**
 * What the desk asks the desktop to tell the agent outside the window: OS notifications. The core
 * decides when (main/core/call-notices.ts); each shell only shows them: the Electron shell with
 * the OS's notifications, a browser page through the dev host with the web Notification API.
 */
import { z } from 'zod';
import { callIdSchema } from './call-basics.js';

export const deskNoticeSchema = z.discriminatedUnion('kind', [
  /** A call rings here; the notification offers to answer it. `dialled` is the line it came in on (e.g. "600"). */
  z.object({ kind: z.literal('incomingCall'), callId: callIdSchema, dialled: z.string(), alsoWhenFocused: z.boolean() }),
  /** A call rang here and nobody answered it here. */
  z.object({ kind: z.literal('missedCall'), callId: callIdSchema, at: z.number(), alsoWhenFocused: z.boolean() }),
  /** The call's notification is out of date (answered, or ended): take it away. */
  z.object({ kind: z.literal('withdrawn'), callId: callIdSchema }),
]);
export type DeskNotice = z.infer<typeof deskNoticeSchema>;

export const desktopEvents = {
  'desktop.notice': deskNoticeSchema,
};
