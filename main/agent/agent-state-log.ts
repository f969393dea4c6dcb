/**
 * The agent-state log (who, which state, why, when) through the same writer as cases and call
 * records, so a change made while the shared server is out of reach is kept and sent later.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { agentStateNameSchema, notReadyReasonSchema, type AgentStateName } from '../../shared/contract/agent.js';
import { agentSchema } from '../../shared/contract/cases.js';
import type { DeskWrite, WriteResult } from '../cases/desk-writes.js';
import type { Database } from '../data/database.js';
import type { DurableWriter } from '../data/outbox/durable-writer.js';

export const agentStateEntrySchema = z.object({
  sipUser: agentSchema,
  state: agentStateNameSchema,
  reason: notReadyReasonSchema.optional(),
  at: z.iso.datetime(),
});
export type AgentStateEntry = z.infer<typeof agentStateEntrySchema>;

const columnValue: Record<AgentStateName, string> = {
  ready: 'ready',
  notReady: 'not_ready',
  onCall: 'on_call',
  wrapUp: 'wrap_up',
  offline: 'offline',
};

/**
 * A plain insert: an agent's role may add to the log but not read it, so a replay cannot check for
 * the row first. A replay after a commit whose acknowledgement was lost can therefore log the same
 * change twice, with the same time; reports count distinct (sip_user, state, at).
 */
export async function insertAgentState(db: Database, entry: AgentStateEntry): Promise<void> {
  await db.query('insert into agent_state_log (sip_user, state, reason, at) values ($1, $2, $3, $4)', [
    entry.sipUser,
    columnValue[entry.state],
    entry.reason ?? '',
    new Date(entry.at),
  ]);
}

export class AgentStateRecorder {
  constructor(private readonly writer: DurableWriter<DeskWrite, WriteResult>) {}

  async record(entry: AgentStateEntry): Promise<void> {
    const input = agentStateEntrySchema.parse(entry);
    await this.writer.submit(randomUUID(), { kind: 'recordAgentState', input });
  }
}
