/** What every call message names: which call, and the number calling. */
import { z } from 'zod';

export const callIdSchema = z.string().min(1).max(200);

export const callerNumberSchema = z.object({
  /** E.164 when the number could be understood, otherwise null. */
  e164: z.string().nullable(),
  /** What the agent reads: national format for the home region, international otherwise. */
  display: z.string(),
});
export type CallerNumber = z.infer<typeof callerNumberSchema>;
