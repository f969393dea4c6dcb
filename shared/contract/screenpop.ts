/** Who is calling: sent before the phone rings, so the card is on screen with the first ring. */
import { z } from 'zod';
import { callIdSchema, callerNumberSchema } from './call-basics.js';

export const careManagerSchema = z.object({
  name: z.string(),
  /** E.164 for calling, and the form to read aloud. */
  phone: callerNumberSchema.nullable(),
});

export const relativeRelationSchema = z.enum([
  'spouse',
  'partner',
  'child',
  'grandchild',
  'sibling',
  'other_relative',
  'friend',
  'neighbour',
  'guardian',
]);

/** The narrow mirrored summary an agent may see; never the care record itself. */
export const citizenCardSchema = z.object({
  citizenId: z.string(),
  name: z.string(),
  district: z.string(),
  careManager: careManagerSchema.nullable(),
  /** The number is a relative's, not the citizen's: who is probably calling, and how related. */
  viaRelative: z.object({ name: z.string(), relation: relativeRelationSchema, nextOfKin: z.boolean() }).optional(),
});
export type CitizenCard = z.infer<typeof citizenCardSchema>;

export const callerMatchSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('citizens'), citizens: z.array(citizenCardSchema).min(1) }),
  /** A protected identity: the agent sees only the routine marker, nothing else. */
  z.object({ kind: z.literal('protected') }),
  z.object({ kind: z.literal('unknown') }),
  /** The number could not be looked up (database down, timeout): the call still rings. */
  z.object({ kind: z.literal('lookupFailed') }),
]);
export type CallerMatch = z.infer<typeof callerMatchSchema>;

export const callerIdentifiedSchema = z.object({
  callId: callIdSchema,
  caller: callerNumberSchema,
  match: callerMatchSchema,
});
export type CallerIdentified = z.infer<typeof callerIdentifiedSchema>;

export const screenpopEvents = {
  'screenpop.callerIdentified': callerIdentifiedSchema,
};

/**
 * Page -> core: this call's card has been painted (or the page is hidden and cannot paint). The
 * core sends 180 Ringing only after it, or after a short wait, so the card is there with the ring.
 */
export const screenpopPageEvents = {
  'screenpop.cardShown': z.object({ callId: callIdSchema }).strict(),
};
