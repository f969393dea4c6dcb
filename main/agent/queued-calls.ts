/**
 * The hunt-group calls waiting at this desk while the agent is busy, and the moment the oldest
 * one rings: when the agent becomes Ready, when a ringing call goes, or (level 2) when a call has
 * waited long enough. An agent who goes Not ready lets every waiting call go on to the others.
 */
import type { Call } from '../../shared/contract/phone.js';
import type { Logger } from '../core/logger.js';
import type { DeskSettings } from '../settings/desk-settings.js';
import type { AgentClock } from './agent-service.js';
import type { AgentStateName } from './agent-state.js';
import type { OfferedInvite, Offering } from '../phone/incoming-call.js';
import { eligibleAt, offeringFor, ringsNow, type OfferingContext } from './call-offering.js';

export interface QueuedCallsOptions {
  agentState: () => AgentStateName;
  settings: () => DeskSettings['agent'];
  /** The agent's own SIP user: a call to it is a direct call, anything else a hunt-group call. */
  sipUser: () => string;
  ring: (callId: string) => Promise<void>;
  /** Lets a waiting call go on to the other agents (480). */
  decline: (callId: string) => Promise<void>;
  clock: AgentClock;
  log: Logger;
}

export class QueuedCalls {
  /** Waiting calls by id, with when they were offered. */
  private readonly waiting = new Map<string, number>();
  /** Inbound calls ringing here: from the decision to ring, before the phone reports it. */
  private readonly ringing = new Set<string>();
  private cancelTimer: (() => void) | undefined;

  constructor(private readonly options: QueuedCallsOptions) {}

  /** Decides on a new call and remembers it; the phone acts on the answer. */
  offer(invite: OfferedInvite): Offering {
    const queueCall = invite.dialled !== this.options.sipUser();
    const offering = offeringFor({ queueCall, waitedMs: this.options.clock.now() - invite.offeredAt }, this.context());
    // A waiting call joins the queue once the phone reports it waiting (callChanged): before
    // that its caller is still being looked up and it cannot be rung.
    if (offering === 'ring') this.ringing.add(invite.callId);
    return offering;
  }

  callChanged(call: Call): void {
    if (call.direction !== 'inbound') return;
    if (call.state === 'ringing') this.ringing.add(call.callId);
    else this.ringing.delete(call.callId);
    if (call.state === 'waiting') this.waiting.set(call.callId, call.offeredAt);
    else this.waiting.delete(call.callId);
    this.reconsider();
  }

  agentChanged(): void {
    this.reconsider();
  }

  stop(): void {
    this.cancelTimer?.();
    this.cancelTimer = undefined;
  }

  private reconsider(): void {
    this.stop();
    const context = this.context();
    if (context.agentState === 'notReady' || context.agentState === 'offline') {
      this.letAllGo();
      return;
    }
    const now = this.options.clock.now();
    const oldestFirst = [...this.waiting].sort(([, a], [, b]) => a - b);
    const next = oldestFirst.find(([, offeredAt]) => ringsNow({ queueCall: true, waitedMs: now - offeredAt }, context));
    if (next) {
      this.ringWaiting(next[0]);
      return;
    }
    // A level-2 agent free for calls: wake when the oldest has waited long enough.
    if (context.agentState === 'ready' && !context.ringingHere && oldestFirst.length > 0) {
      const due = Math.min(...oldestFirst.map(([, offeredAt]) => eligibleAt(offeredAt, context)));
      this.cancelTimer = this.options.clock.after(Math.max(0, due - now), () => this.reconsider());
    }
  }

  private ringWaiting(callId: string): void {
    this.waiting.delete(callId);
    this.ringing.add(callId);
    this.options.ring(callId).catch((error: unknown) => {
      this.ringing.delete(callId);
      this.options.log.warn('waiting call could not ring', { callId, error: String(error) });
      this.reconsider();
    });
  }

  private letAllGo(): void {
    for (const callId of [...this.waiting.keys()]) {
      this.waiting.delete(callId);
      this.options.decline(callId).catch((error: unknown) => this.options.log.warn('could not pass on a waiting call', { callId, error: String(error) }));
    }
  }

  private context(): OfferingContext {
    const { level, level2DelaySeconds } = this.options.settings();
    return { agentState: this.options.agentState(), ringingHere: this.ringing.size > 0, level, level2DelayMs: level2DelaySeconds * 1000 };
  }
}
