/**
 * Writing cases and call records: what the quick case form sends, and what the core records of
 * each call. Every write names itself with a client-chosen uuid, so sending it again (a retry
 * after a timeout, a replay from the outbox) changes nothing the second time.
 */
import { z } from 'zod';
import { callIdSchema } from './call-basics.js';
import { request } from './define.js';

/** Chosen by the renderer (crypto.randomUUID()) once per write, and kept for its retries. */
export const clientIdSchema = z.uuid();

const e164Schema = z.string().regex(/^[+][1-9][0-9]{6,14}$/);
/** Taxonomy codes are rows in the database (case_types, case_classes, feedback_channels). */
const codeSchema = z.string().regex(/^[a-z_]{1,64}$/);
const noteSchema = z.string().max(20_000);
/** A SIP user name, which is who the case register says did it. */
export const agentSchema = z.string().regex(/^[A-Za-z0-9_.+-]{1,64}$/);
/** Epoch milliseconds, as the phone contract carries times. */
const instantSchema = z.number().int().nonnegative();

export const caseStatusSchema = z.enum(['open', 'closed', 'forwarded']);
export type CaseStatus = z.infer<typeof caseStatusSchema>;

export const newCaseSchema = z
  .object({
    clientId: clientIdSchema,
    caseTypeCode: codeSchema,
    caseClassCode: codeSchema,
    districtId: z.uuid().optional(),
    providerId: z.uuid().optional(),
    unit: z.string().max(200).optional(),
    handlerGroupId: z.uuid().optional(),
    handlerAgent: agentSchema.optional(),
    status: caseStatusSchema.optional(),
    resolvedAtFirstContact: z.boolean(),
    feedbackChannelCode: codeSchema.optional(),
    feedbackContact: z.string().max(200).optional(),
    /** The date the citizen was promised an answer by (YYYY-MM-DD). */
    dueDate: z.iso.date().optional(),
    citizenId: z.uuid().optional(),
    callerNumber: e164Schema.optional(),
    callId: callIdSchema.optional(),
    notes: noteSchema.optional(),
  })
  .strict()
  // The seeds' rule, also a check in the table: what is not settled on the phone needs a way back and a date.
  .refine((c) => c.resolvedAtFirstContact || (c.feedbackChannelCode !== undefined && c.dueDate !== undefined), {
    path: ['feedbackChannelCode'],
    message: 'a case not resolved at first contact needs a feedback channel and a due date',
  });
export type NewCase = z.infer<typeof newCaseSchema>;

export const caseInformationSchema = z
  .object({ clientId: clientIdSchema, caseId: z.uuid(), note: noteSchema.min(1), callId: callIdSchema.optional() })
  .strict();
export type CaseInformation = z.infer<typeof caseInformationSchema>;

export const caseStatusChangeSchema = z
  .object({
    clientId: clientIdSchema,
    caseId: z.uuid(),
    status: caseStatusSchema,
    note: noteSchema.optional(),
    callId: callIdSchema.optional(),
  })
  .strict();
export type CaseStatusChange = z.infer<typeof caseStatusChangeSchema>;

/**
 * `saved`: on the server (or the embedded database) now. `queued`: safe on this workstation,
 * waiting for the shared server; it lands by itself, in order, once the server answers.
 */
export const deliverySchema = z.enum(['saved', 'queued']);
export type Delivery = z.infer<typeof deliverySchema>;

export const savedCaseSchema = z.object({
  /** The case's id is the client id of the save that created it, so a retry names the same case. */
  caseId: z.uuid(),
  /** What agents quote; known only once the case is on the server. */
  caseNumber: z.number().int().positive().optional(),
  delivery: deliverySchema,
});
export type SavedCase = z.infer<typeof savedCaseSchema>;

const deliveredSchema = z.object({ delivery: deliverySchema });

export const casesRequests = {
  'cases.saveCase': request(newCaseSchema, savedCaseSchema),
  'cases.addCaseInformation': request(caseInformationSchema, deliveredSchema),
  'cases.changeCaseStatus': request(caseStatusChangeSchema, deliveredSchema),
};

/** A call as the core records it when it is offered; not a renderer request. */
export const callRecordSchema = z
  .object({
    clientId: clientIdSchema,
    callId: callIdSchema,
    direction: z.enum(['inbound', 'outbound']),
    dialled: z.string().max(100).optional(),
    callerNumber: e164Schema.optional(),
    citizenId: z.uuid().optional(),
    offeredAt: instantSchema,
    answeredAt: instantSchema.optional(),
    endedAt: instantSchema.optional(),
    answeredBy: agentSchema.optional(),
    outcome: z.enum(['in_progress', 'answered', 'abandoned', 'missed', 'transferred']).optional(),
  })
  .strict();
export type CallRecordInput = z.infer<typeof callRecordSchema>;

/** What became of a recorded call; fields left out stay as they were. */
export const callRecordUpdateSchema = callRecordSchema
  .pick({ clientId: true, callId: true, answeredAt: true, endedAt: true, answeredBy: true, outcome: true })
  .strict();
export type CallRecordUpdate = z.infer<typeof callRecordUpdateSchema>;

/** A name in the desk's three languages: the form shows the one the agent reads. */
const namesSchema = z.object({ sv: z.string(), da: z.string(), en: z.string() });
const taxonomyEntrySchema = z.object({ code: codeSchema, names: namesSchema });

/** What the quick case form chooses from: names and ids only, nothing about a person. */
export const taxonomySchema = z.object({
  caseTypes: z.array(taxonomyEntrySchema),
  caseClasses: z.array(taxonomyEntrySchema),
  feedbackChannels: z.array(taxonomyEntrySchema),
  handlerGroups: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      kind: z.enum(['contact_centre', 'care_manager_group', 'manager', 'department']),
      districtId: z.uuid().nullable(),
      providerId: z.uuid().nullable(),
    }),
  ),
  districts: z.array(z.object({ id: z.uuid(), name: z.string(), municipality: z.string() })),
  providers: z.array(z.object({ id: z.uuid(), name: z.string(), districtId: z.uuid().nullable() })),
  /** The contact-centre group this desk's agent works in (their team's); what the centre keeps goes there. */
  teamGroupId: z.uuid().nullable(),
});
export type Taxonomy = z.infer<typeof taxonomySchema>;

/** A citizen's case still open, to attach this call to instead of registering a new one. */
export const openCaseSchema = z.object({
  caseId: z.uuid(),
  caseNumber: z.number().int().positive(),
  caseTypeCode: codeSchema,
  caseClassCode: codeSchema,
  /** ISO 8601. */
  createdAt: z.string(),
  dueDate: z.iso.date().nullable(),
  status: caseStatusSchema,
});
export type OpenCase = z.infer<typeof openCaseSchema>;

/** A reason code from settings (`cases.skipReasons`) for a call that needs no case. */
export const skipReasonSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/);

export const caseFormRequests = {
  'cases.getTaxonomy': request(z.object({}).strict(), taxonomySchema),
  'cases.listOpenCases': request(z.object({ citizenId: z.uuid() }).strict(), z.object({ openCases: z.array(openCaseSchema) })),
  /** By when feedback is due for a case registered now, in the office's calendar (settings `office.*`). */
  'cases.getFeedbackDue': request(z.object({}).strict(), z.object({ dueDate: z.iso.date() })),
  /** The form's rules for this desk: whether a call needs its case before Ready, and the skip reasons. */
  'cases.getFormRules': request(
    z.object({}).strict(),
    z.object({ caseRequired: z.enum(['required', 'optional']), skipReasons: z.array(skipReasonSchema) }),
  ),
  /** The call needs no case (wrong number, silent call...): frees the agent as a save would. */
  'cases.skipCase': request(
    z.object({ clientId: clientIdSchema, callId: callIdSchema, reason: skipReasonSchema }).strict(),
    z.object({}).strict(),
  ),
};
