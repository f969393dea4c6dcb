/**
 * What this desk does with a call the phone server offers it, as a pure rule: ring, let it wait
 * in the waiting-calls strip, or decline it so a ring-all group's fork carries on to the others.
 */
import type { Offering } from '../phone/incoming-call.js';
import type { AgentStateName } from './agent-state.js';

export interface OfferedCall {
  /** A hunt-group (queue) call, not one dialled to this agent's own number. */
  queueCall: boolean;
  /** How long the caller has been waiting (ms), as far as this desk knows. */
  waitedMs: number;
}

export interface OfferingContext {
  agentState: AgentStateName;
  /** An inbound call rings here already: one ringing queue call at a time. */
  ringingHere: boolean;
  level: 1 | 2;
  level2DelayMs: number;
}

/**
 * - Not ready or offline: decline every call (480: the others keep ringing).
 * - A call to the agent's own number rings even during a call (call waiting).
 * - A queue call rings only for a Ready agent with nothing ringing, and for a level-2 agent only
 *   once it has waited `level2DelayMs` (the seeds' two-level model); otherwise it waits.
 */
export function offeringFor(call: OfferedCall, context: OfferingContext): Offering {
  if (context.agentState === 'notReady' || context.agentState === 'offline') return 'decline';
  if (!call.queueCall) return 'ring';
  if (!ringsNow(call, context)) return 'wait';
  return 'ring';
}

/** Whether a waiting queue call may ring now; `offeringFor`'s rule for one already here. */
export function ringsNow(call: OfferedCall, context: OfferingContext): boolean {
  if (context.agentState !== 'ready' || context.ringingHere) return false;
  return context.level === 1 || call.waitedMs >= context.level2DelayMs;
}

/** When a level-2 agent may take a call offered at `offeredAt`. */
export function eligibleAt(offeredAt: number, context: Pick<OfferingContext, 'level' | 'level2DelayMs'>): number {
  return context.level === 1 ? offeredAt : offeredAt + context.level2DelayMs;
}
