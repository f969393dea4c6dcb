/**
 * The caller summary: one citizen's mirrored facts, read through a second audited look-up (pushed
 * for a lone citizen while the call rings, asked for once the agent chooses one), and the audited
 * search for a caller the number does not tell.
 */
import { z } from 'zod';
import { callIdSchema, callerNumberSchema } from './call-basics.js';
import { request } from './define.js';
import { relativeRelationSchema } from './screenpop.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const currencySchema = z.enum(['SEK', 'DKK']);

export const decisionTypeSchema = z.enum(['home_care', 'housing', 'day_activity', 'transport_service', 'safety_alarm', 'meals', 'other']);
export const providerKindSchema = z.enum(['home_care', 'care_home', 'day_activity', 'other']);

export const nextOfKinSchema = z.object({ name: z.string(), relation: relativeRelationSchema, phones: z.array(callerNumberSchema) });

export const invoiceSchema = z.object({
  invoiceNumber: z.string(),
  amount: z.number(),
  currency: currencySchema,
  dueDate: isoDate,
  ocrReference: z.string(),
  paid: z.boolean(),
  paidOn: isoDate.nullable(),
});
export type Invoice = z.infer<typeof invoiceSchema>;

/** A case registered for the citizen before: what an agent may read of the case register. */
export const lastContactSchema = z.object({
  caseNumber: z.number().int(),
  createdAt: z.string(),
  caseTypeCode: z.string(),
  caseClassCode: z.string(),
  status: z.enum(['open', 'closed', 'forwarded']),
});

export const citizenSummarySchema = z.object({
  kind: z.literal('citizen'),
  citizenId: z.string(),
  name: z.string(),
  /** Masked: the birth date and "-****". */
  personalIdentityNumber: z.string().nullable(),
  address: z.object({ street: z.string(), postalCode: z.string(), city: z.string() }),
  district: z.object({ name: z.string(), municipality: z.string() }),
  safety: z.object({
    livesAlone: z.boolean(),
    hearingImpairment: z.boolean(),
    cognitiveImpairment: z.boolean(),
    preferredLanguage: z.string(),
    nextOfKin: z.array(nextOfKinSchema),
  }),
  careManager: z.object({ name: z.string(), phone: callerNumberSchema.nullable() }).nullable(),
  decisions: z.array(
    z.object({ type: decisionTypeSchema, scope: z.string(), hoursPerMonth: z.number().nullable(), validFrom: isoDate, validTo: isoDate.nullable() }),
  ),
  providers: z.array(z.object({ id: z.string(), name: z.string(), kind: providerKindSchema, phone: callerNumberSchema.nullable() })),
  feeBasis: z.object({ monthlyFee: z.number(), currency: currencySchema, maxFeeApplies: z.boolean(), incomeBasisDate: isoDate }).nullable(),
  invoices: z.array(invoiceSchema),
  lastContacts: z.array(lastContactSchema),
  mirroredAt: z.string(),
  /** "Open in the care system", from the settings' template; null when none is set. */
  careSystemUrl: z.url({ protocol: /^https$/ }).nullable(),
});
export type CitizenSummary = z.infer<typeof citizenSummarySchema>;

export const summaryOutcomeSchema = z.discriminatedUnion('kind', [
  citizenSummarySchema,
  /** Protected since the screen-pop: the marker, nothing else. */
  z.object({ kind: z.literal('protected') }),
  /** The database is down, slow or refused: the card says so, the call goes on. */
  z.object({ kind: z.literal('failed') }),
]);
export type SummaryOutcome = z.infer<typeof summaryOutcomeSchema>;

export const summaryReadSchema = z.object({ callId: callIdSchema, citizenId: z.string().min(1).max(100), summary: summaryOutcomeSchema });
export type SummaryRead = z.infer<typeof summaryReadSchema>;

export const citizenSearchSchema = z.object({ callId: callIdSchema, query: z.string().trim().min(2).max(200) }).strict();

export const citizenSearchHitSchema = z.object({
  citizenId: z.string(),
  name: z.string(),
  district: z.string(),
  personalIdentityNumber: z.string().nullable(),
});
export type CitizenSearchHit = z.infer<typeof citizenSearchHitSchema>;

export const citizensEvents = {
  /** A lone citizen's summary, read right after the screen-pop, while the call rings. */
  'citizens.summaryRead': summaryReadSchema,
};

export const citizensRequests = {
  /** The summary of a citizen the screen-pop or a search showed for this call. */
  'citizens.readSummary': request(z.object({ callId: callIdSchema, citizenId: z.uuid() }).strict(), summaryReadSchema),
  'citizens.search': request(citizenSearchSchema, z.object({ hits: z.array(citizenSearchHitSchema) })),
};
