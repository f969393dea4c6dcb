/**
 * Handing a caller on: blind and attended transfers and the urgent handover to a district's
 * on-call mobile, as the core runs them and the renderer shows them. Success is what the NOTIFY
 * sipfrag says, not the 202 to the REFER.
 */
import { z } from 'zod';
import { callIdSchema, callerNumberSchema } from './call-basics.js';
import { request } from './define.js';
import { callFailureSchema, dialStringSchema } from './phone.js';

export const transferKindSchema = z.enum(['blind', 'attended', 'urgentOncall']);
export type TransferKind = z.infer<typeof transferKindSchema>;

/**
 * ```
 *  blind:     completing ──sipfrag 200──▶ completed
 *                  └──── sipfrag ≥ 300 / REFER refused ──▶ failed (caller held, with the agent)
 *  attended:  calling ──answer──▶ consulting ──complete──▶ completing ──200──▶ completed
 *                └── no answer / busy ──▶ failed        └── cancel ──▶ cancelled (caller resumed)
 *  urgent:    calling (on-call) ──timeout / busy──▶ calling (deputy) ──▶ … ──▶ nobodyAnswered
 * ```
 * `callerGone`: the caller hung up while the transfer ran.
 */
export const transferStateSchema = z.enum(['calling', 'consulting', 'completing', 'completed', 'failed', 'cancelled', 'nobodyAnswered', 'callerGone']);
export type TransferState = z.infer<typeof transferStateSchema>;

/** Which of the district's numbers an urgent handover is trying. */
export const oncallAttemptSchema = z.enum(['oncall', 'deputy']);
export type OncallAttempt = z.infer<typeof oncallAttemptSchema>;

export const transferSchema = z
  .object({
    /** The caller's call, the one being handed on. */
    callId: callIdSchema,
    kind: transferKindSchema,
    state: transferStateSchema,
    target: callerNumberSchema,
    /** The agent's consult call to the target (attended and urgent). */
    consultCallId: callIdSchema.optional(),
    /** Urgent handover: the district, and whose number is being tried. */
    district: z.string().optional(),
    attempt: oncallAttemptSchema.optional(),
    /** Why the last attempt failed: the sipfrag's (or the consult call's) SIP status. */
    failure: callFailureSchema.optional(),
  })
  .strict();
export type Transfer = z.infer<typeof transferSchema>;

/** One attempt to hand a call on, as recorded with the call (table call_transfers). */
export const transferAttemptSchema = z
  .object({
    clientId: z.uuid(),
    callId: callIdSchema,
    kind: transferKindSchema,
    targetNumber: z.string().min(1).max(100),
    targetLabel: z.string().max(200),
    attemptedAt: z.number(),
    answeredAt: z.number().optional(),
    acceptedBy: z.string().max(200).optional(),
    outcome: z.enum(['accepted', 'no_answer', 'declined', 'cancelled', 'failed']),
  })
  .strict();
export type TransferAttempt = z.infer<typeof transferAttemptSchema>;

const empty = z.object({}).strict();
const callRef = z.object({ callId: callIdSchema }).strict();
const toNumber = z.object({ callId: callIdSchema, number: dialStringSchema }).strict();
const citizenRef = z.object({ callId: callIdSchema, citizenId: z.uuid() }).strict();

export const transferRequests = {
  /** Transfers in progress, for a page that (re)connects. */
  'transfer.getSnapshot': request(empty, z.object({ transfers: z.array(transferSchema) }).strict()),
  /** REFER the caller to a number or an internal user; the caller is held first. */
  'transfer.blind': request(toNumber, empty),
  /** Holds the caller and calls the target; replies with the consult call once its INVITE is sent. */
  'transfer.startConsult': request(toNumber, z.object({ consultCallId: callIdSchema }).strict()),
  /** REFER with Replaces: the caller takes the agent's place in the consult call. */
  'transfer.complete': request(callRef, empty),
  /** Ends the consult call (or gives up the handover) and resumes the caller. */
  'transfer.cancel': request(callRef, empty),
  /** Whether the citizen's district has an on-call number to hand this call to, and its name. */
  'transfer.getOncall': request(citizenRef, z.object({ district: z.string(), available: z.boolean() }).strict()),
  /** Urgent: consult the district's on-call mobile, then its deputy. */
  'transfer.startUrgent': request(citizenRef, empty),
};

export const transferEvents = {
  'transfer.changed': transferSchema,
};
