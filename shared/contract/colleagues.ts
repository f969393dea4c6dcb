/**
 * Colleagues to consult or hand a caller to: each agent's name, level, languages (ISO 639-1) and
 * current state, nothing more. Transfers to them go through the transfer requests with their SIP user.
 */
import { z } from 'zod';
import { agentStateNameSchema } from './agent.js';
import { request } from './define.js';

export const colleagueSchema = z.object({
  sipUser: z.string(),
  displayName: z.string(),
  languages: z.array(z.string()),
  level: z.union([z.literal(1), z.literal(2)]),
  state: agentStateNameSchema,
  /** When they entered that state (epoch ms); absent when they never logged one. */
  since: z.number().optional(),
});
export type Colleague = z.infer<typeof colleagueSchema>;

export const colleaguesRequests = {
  /** Everyone active but this desk's own agent, Ready first. */
  'colleagues.list': request(z.object({}).strict(), z.object({ colleagues: z.array(colleagueSchema) })),
};
