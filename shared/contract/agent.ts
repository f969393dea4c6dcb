/** The agent's availability (Ready, Not ready with a reason, on a call, wrap-up, offline), owned by the core. */
import { z } from 'zod';
import { request } from './define.js';

export const agentStateNameSchema = z.enum(['ready', 'notReady', 'onCall', 'wrapUp', 'offline']);
export type AgentStateName = z.infer<typeof agentStateNameSchema>;

/** A code from settings (`agent.notReadyReasons`) or one the desk sets itself: `missedCall`, `phoneOffline`. */
export const notReadyReasonSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/);

export const agentStatusSchema = z.object({
  state: agentStateNameSchema,
  /** Why the agent is Not ready. */
  reason: notReadyReasonSchema.optional(),
  /** When this state began (epoch ms). */
  since: z.number(),
  /** When wrap-up ends by itself; absent when it lasts until the agent chooses. */
  wrapUpEndsAt: z.number().optional(),
});
export type AgentStatus = z.infer<typeof agentStatusSchema>;

export const agentRequests = {
  /** The current state, and the reasons the agent may choose from. */
  'agent.getState': request(
    z.object({}).strict(),
    agentStatusSchema.extend({ notReadyReasons: z.array(notReadyReasonSchema) }),
  ),
  /** Refused (`readyNeedsPhone`) while the phone is not registered; a reason must be one of the settings'. */
  'agent.setState': request(
    z.object({ state: z.enum(['ready', 'notReady']), reason: notReadyReasonSchema.optional() }).strict(),
    agentStatusSchema,
  ),
};

export const agentEvents = {
  'agent.stateChanged': agentStatusSchema,
};
