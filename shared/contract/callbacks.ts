/**
 * The callbacks list: open cases due today or earlier that this agent or their team must get back
 * on. A row names the case, never the citizen: an agent reads a citizen only through an audited
 * look-up, which the callback's own call makes (the screen-pop) when the agent rings them.
 */
import { z } from 'zod';
import { callerNumberSchema } from './call-basics.js';
import { request } from './define.js';

const localisedSchema = z.object({ sv: z.string(), da: z.string(), en: z.string() });

export const callbackSchema = z.object({
  caseId: z.uuid(),
  caseNumber: z.number().int().positive(),
  /** YYYY-MM-DD in the office's calendar. */
  dueDate: z.iso.date(),
  caseType: z.object({ code: z.string(), name: localisedSchema }),
  /** How the citizen wants to hear back (a feedback channel code), and where. */
  feedbackChannel: z.string().nullable(),
  feedbackContact: z.string(),
  /** What the agent rings (the feedback contact for phone or SMS, else the number that called), as read aloud. */
  callNumber: callerNumberSchema.nullable(),
  /** Handed to this agent by name; otherwise the team's. */
  mine: z.boolean(),
});
export type Callback = z.infer<typeof callbackSchema>;

export const callbacksReplySchema = z.object({
  /** Today in the office's calendar, which "overdue" is counted from. */
  today: z.iso.date(),
  callbacks: z.array(callbackSchema),
});
export type CallbacksReply = z.infer<typeof callbacksReplySchema>;

export const callbacksRequests = {
  /** Overdue first, then today's; each side oldest case first. */
  'callbacks.list': request(z.object({}).strict(), callbacksReplySchema),
};
