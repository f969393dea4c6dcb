/** The three shapes every message has on the wire, whatever carries it. */
import { z } from 'zod';
import { contractErrorSchema } from '../contract/result.js';

export const envelopeSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('req'), id: z.number().int(), ch: z.string(), body: z.unknown() }),
  z.object({
    t: z.literal('res'),
    id: z.number().int(),
    result: z.union([
      z.object({ ok: z.literal(true), value: z.unknown() }),
      z.object({ ok: z.literal(false), error: contractErrorSchema }),
    ]),
  }),
  z.object({ t: z.literal('evt'), ch: z.string(), body: z.unknown() }),
]);
export type Envelope = z.infer<typeof envelopeSchema>;

/** "calls.0.callId" style path of the first failing field, for the `field` of an error. */
export function firstIssuePath(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return '';
  return issue.path.length > 0 ? issue.path.map(String).join('.') : '(body)';
}
