/**
 * The quick case form's drafts, kept by the core in the desk's data folder on every keystroke, so
 * a crash or a killed app gives the agent the form back, call id and all, on the next start.
 */
import { z } from 'zod';
import { callIdSchema } from './call-basics.js';
import { request } from './define.js';

/** The form's fields as the renderer holds them: strings and booleans, nothing nested. */
export const draftFormSchema = z.record(z.string().regex(/^[A-Za-z]{1,40}$/), z.union([z.string().max(20_000), z.boolean()]));
export type DraftForm = z.infer<typeof draftFormSchema>;

export const draftSchema = z
  .object({
    /** The client id the form's save will carry: one draft per form, gone once that save lands. */
    draftId: z.uuid(),
    callId: callIdSchema.optional(),
    form: draftFormSchema,
    /** Epoch ms of the last keystroke kept. */
    savedAt: z.number().int().nonnegative(),
  })
  .strict();
export type Draft = z.infer<typeof draftSchema>;

export const draftsRequests = {
  'drafts.save': request(draftSchema.omit({ savedAt: true }), z.object({}).strict()),
  /** Every draft left, oldest first: what the desk restores on start. */
  'drafts.list': request(z.object({}).strict(), z.object({ drafts: z.array(draftSchema) })),
  /** The agent threw the form away. */
  'drafts.discard': request(z.object({ draftId: z.uuid() }).strict(), z.object({}).strict()),
};
