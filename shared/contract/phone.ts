/** Registration and calls, as the core owns them and the renderer mirrors them. */
import { z } from 'zod';
import { callIdSchema, callerNumberSchema } from './call-basics.js';
import { request } from './define.js';
import { callerIdentifiedSchema } from './screenpop.js';

/**
 * ```
 *  stopped ──start──▶ connecting ──200──▶ registered
 *                      │    ▲                 │ connection lost
 *          no server ──┘    │ backoff elapsed ▼
 *                      unreachable ◀──────────┘
 *  connecting ──401/403──▶ rejected   (no automatic retry: a wrong password stays wrong)
 * ```
 */
export const registrationStateSchema = z.enum(['stopped', 'connecting', 'registered', 'unreachable', 'rejected']);
export type RegistrationState = z.infer<typeof registrationStateSchema>;

export const registrationStatusSchema = z.object({
  state: registrationStateSchema,
  /** SIP user the desk registers as, e.g. "1001". */
  user: z.string(),
  /** When the next attempt is due (epoch ms), while `unreachable`. */
  nextAttemptAt: z.number().optional(),
  /** SIP status code of the last refusal, while `rejected`. */
  statusCode: z.number().int().optional(),
});
export type RegistrationStatus = z.infer<typeof registrationStatusSchema>;

/**
 * ```
 *  ringing ──answer──▶ answering ──media ready──▶ active ──hang up / remote BYE──▶ ended
 *     └──── caller gave up / answered elsewhere / declined ───────────────────────▶ ended
 * ```
 */
export const callStateSchema = z.enum(['ringing', 'answering', 'active', 'ended']);
export type CallState = z.infer<typeof callStateSchema>;

export const callEndReasonSchema = z.enum([
  'hungUpByAgent',
  'hungUpByCaller',
  'callerGaveUp',
  'answeredElsewhere',
  'mediaFailed',
  'failed',
]);
export type CallEndReason = z.infer<typeof callEndReasonSchema>;

export const callSchema = z.object({
  callId: callIdSchema,
  direction: z.enum(['inbound']),
  state: callStateSchema,
  caller: callerNumberSchema,
  /** The number the caller dialled, e.g. the hunt group "600". */
  dialled: z.string(),
  offeredAt: z.number(),
  answeredAt: z.number().optional(),
  endedAt: z.number().optional(),
  endReason: callEndReasonSchema.optional(),
});
export type Call = z.infer<typeof callSchema>;

export const phoneSnapshotSchema = z.object({
  registration: registrationStatusSchema,
  calls: z.array(callSchema),
  /** The screen-pop of each call still there, so a reloaded page shows the cards again. */
  callers: z.array(callerIdentifiedSchema),
});
export type PhoneSnapshot = z.infer<typeof phoneSnapshotSchema>;

const empty = z.object({}).strict();
const callRef = z.object({ callId: callIdSchema }).strict();

export const phoneRequests = {
  'phone.getSnapshot': request(empty, phoneSnapshotSchema),
  'phone.answerCall': request(callRef, empty),
  'phone.hangUpCall': request(callRef, empty),
};

export const phoneEvents = {
  'phone.registrationChanged': registrationStatusSchema,
  'phone.callChanged': callSchema,
};
