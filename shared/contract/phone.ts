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
 *  inbound:  ringing ──answer──▶ answering ──media ready──▶ active ──hang up / remote BYE──▶ ended
 *            ▲  └──── caller gave up / answered elsewhere / not answered here ──────────────▶ ended
 *  waiting ──┘ agent free (the oldest waiting call rings first); waiting can be answered too
 *  outbound: dialling ──180/183──▶ ringingOut ──200──▶ active ──hang up / remote BYE──▶ ended
 *               └──── busy / unreachable / declined (`failure`) / cancelled ─────────────▶ ended
 * ```
 * Hold and mute are flags on an active call, not states: a held call is still connected.
 */
/**
 * `waiting`: a hunt-group call offered while the agent is busy (on a call, in wrap-up, or a
 * level-2 agent before the call has waited long enough). It does not ring; the desk shows it with
 * its waiting time, and the oldest one rings when the agent is free.
 */
export const callStateSchema = z.enum(['waiting', 'ringing', 'answering', 'dialling', 'ringingOut', 'active', 'ended']);
export type CallState = z.infer<typeof callStateSchema>;

export const callEndReasonSchema = z.enum([
  'hungUpByAgent',
  /** The other party hung up: the caller, or the person the agent called. */
  'hungUpByCaller',
  'callerGaveUp',
  'answeredElsewhere',
  /** This desk let a ringing or waiting call go on to the others: declined, not answered in time, or the agent went Not ready. */
  'notAnsweredHere',
  'mediaFailed',
  /** The agent handed the caller on (blind, attended or urgent transfer), confirmed by the NOTIFY sipfrag. */
  'transferred',
  /** An outgoing call that never connected; `failure` says why. */
  'failed',
]);
export type CallEndReason = z.infer<typeof callEndReasonSchema>;

/** Why an outgoing call did not connect, from the SIP status, in words an agent can act on. */
export const callFailureReasonSchema = z.enum([
  'busy',
  'unreachable',
  'declined',
  'noAnswer',
  'invalidNumber',
  'notAllowed',
  'incompatible',
  'networkError',
  'rejected',
]);
export type CallFailureReason = z.infer<typeof callFailureReasonSchema>;

export const callFailureSchema = z.object({
  reason: callFailureReasonSchema,
  /** The SIP status behind it, for support; 0 when no response came at all. */
  statusCode: z.number().int().min(0).max(699),
});
export type CallFailure = z.infer<typeof callFailureSchema>;

export const callSchema = z.object({
  callId: callIdSchema,
  direction: z.enum(['inbound', 'outbound']),
  state: callStateSchema,
  /** The other party: who calls in, or who the agent called. */
  caller: callerNumberSchema,
  /** Inbound: the number the caller dialled, e.g. the hunt group "600". Outbound: the E.164 number dialled. */
  dialled: z.string(),
  offeredAt: z.number(),
  answeredAt: z.number().optional(),
  endedAt: z.number().optional(),
  endReason: callEndReasonSchema.optional(),
  failure: callFailureSchema.optional(),
  /** Put on hold by the agent (the other party hears nothing); absent means not held. */
  held: z.boolean().optional(),
  /** The agent's microphone is off for this call; the renderer's media engine applies it. */
  muted: z.boolean().optional(),
});
export type Call = z.infer<typeof callSchema>;

export const phoneSnapshotSchema = z.object({
  registration: registrationStatusSchema,
  calls: z.array(callSchema),
  /** The screen-pop of each call still there, so a reloaded page shows the cards again. */
  callers: z.array(callerIdentifiedSchema),
});
export type PhoneSnapshot = z.infer<typeof phoneSnapshotSchema>;

/**
 * A call in the agent's history, from the call records. `number` is null for a protected caller
 * (never shown) or one whose number is not known here; `citizenName` only as this desk's
 * screen-pop showed it, so calls from before the desk started show the number alone.
 */
export const callHistoryEntrySchema = z.object({
  callId: callIdSchema,
  direction: z.enum(['inbound', 'outbound']),
  offeredAt: z.number(),
  answeredAt: z.number().optional(),
  endedAt: z.number().optional(),
  outcome: z.enum(['in_progress', 'answered', 'abandoned', 'missed', 'transferred']),
  number: callerNumberSchema.nullable(),
  citizenName: z.string().optional(),
  protectedCaller: z.boolean().optional(),
});
export type CallHistoryEntry = z.infer<typeof callHistoryEntrySchema>;

const empty = z.object({}).strict();
const callRef = z.object({ callId: callIdSchema }).strict();

/**
 * What the agent typed or pasted, as it is: the core decides whether it is a number, so a
 * malformed one gets the "not a phone number" answer rather than a validation error.
 */
export const dialStringSchema = z.string().max(200);
/** RFC 4733 / SIP INFO events: digits, * and #, and A-D. */
export const dtmfTonesSchema = z.string().regex(/^[0-9A-D#*]{1,32}$/);

export const phoneRequests = {
  'phone.getSnapshot': request(empty, phoneSnapshotSchema),
  'phone.answerCall': request(callRef, empty),
  'phone.hangUpCall': request(callRef, empty),
  /** Holds the call the agent is on (if any) and calls the number; replies once the INVITE is on its way. */
  'phone.dial': request(z.object({ number: dialStringSchema }).strict(), z.object({ callId: callIdSchema }).strict()),
  'phone.holdCall': request(callRef, empty),
  /** Takes the call off hold, holding whichever other call the agent was on. */
  'phone.resumeCall': request(callRef, empty),
  'phone.muteCall': request(z.object({ callId: callIdSchema, muted: z.boolean() }).strict(), empty),
  'phone.sendDtmf': request(z.object({ callId: callIdSchema, tones: dtmfTonesSchema }).strict(), empty),
  /** The agent's most recent calls, newest first. */
  'phone.getCallHistory': request(
    z.object({ limit: z.number().int().min(1).max(200) }).strict(),
    z.object({ calls: z.array(callHistoryEntrySchema) }).strict(),
  ),
};

export const phoneEvents = {
  'phone.registrationChanged': registrationStatusSchema,
  'phone.callChanged': callSchema,
};
