/**
 * The data layer as the desk sees it: writes waiting for the shared server (the outbox), and
 * rows other desks changed (live changes). Nothing here carries personal data.
 */
import { z } from 'zod';
import { request } from './define.js';

export const outboxStatusSchema = z.object({
  /** Writes saved on this workstation and not yet on the shared server. */
  waiting: z.number().int().nonnegative(),
  /** When the oldest of them was saved (epoch ms); absent when none wait. */
  oldestSince: z.number().optional(),
  /** Writes the server refused when they were replayed (kept on this workstation, not retried). */
  refused: z.number().int().nonnegative(),
  /**
   * The shared database's schema is one this build must not use (a newer build migrated it, or a
   * migration needs the owner's login): writes stay here until IT has fixed it and the desk restarts.
   */
  schemaBlocked: z.literal(true).optional(),
});
export type OutboxStatus = z.infer<typeof outboxStatusSchema>;

export const liveTableSchema = z.enum(['call_records', 'agent_state_log', 'cases', 'case_events', 'broadcasts']);
export type LiveTable = z.infer<typeof liveTableSchema>;

/** A committed change: which row, never what is in it. */
export const dataChangeSchema = z
  .object({
    table: liveTableSchema,
    op: z.enum(['INSERT', 'UPDATE', 'DELETE']),
    id: z.string().min(1).max(64),
  })
  .strict();
export type DataChange = z.infer<typeof dataChangeSchema>;

export const dataRequests = {
  'data.getOutboxStatus': request(z.object({}).strict(), outboxStatusSchema),
};

export const dataEvents = {
  'data.outboxChanged': outboxStatusSchema,
  'data.changed': dataChangeSchema,
};
