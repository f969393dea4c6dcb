/**
 * Runs the agent-state machine in the core: the phone's events drive it, timers end wrap-up and
 * give up on unanswered rings, and every change goes to the renderers and to the agent-state log.
 * Logging never holds the phone up: a failed write is reported in the log and the state stands.
 */
import type { AgentStatus } from '../../shared/contract/agent.js';
import type { DeviceReport } from '../../shared/contract/devices.js';
import type { Call } from '../../shared/contract/phone.js';
import { ContractFailure } from '../../shared/contract/result.js';
import type { Logger } from '../core/logger.js';
import type { OfferedInvite, Offering } from '../phone/incoming-call.js';
import type { PhoneEvent } from '../phone/softphone.js';
import type { DeskSettings } from '../settings/desk-settings.js';
import { initialAgentMachine, nextAgentState, type AgentEvent, type AgentMachine, type AgentStep } from './agent-state.js';
import type { AgentStateEntry } from './agent-state-log.js';
import { deviceEventFor } from './device-readiness.js';
import { QueuedCalls } from './queued-calls.js';

export interface AgentClock {
  now(): number;
  /** Runs `run` after `ms`; the returned function cancels it. */
  after(ms: number, run: () => void): () => void;
}

const realClock: AgentClock = {
  now: () => Date.now(),
  after: (ms, run) => {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
};

export interface AgentServiceOptions {
  settings: () => DeskSettings['agent'];
  sipUser: () => string;
  /** Sends an unanswered ringing (or waiting) call on to the other agents. */
  declineCall: (callId: string) => Promise<void>;
  /** Rings a hunt-group call that waited while the agent was busy. */
  ringCall: (callId: string) => Promise<void>;
  onChanged: (status: AgentStatus) => void;
  /** Undefined when there is no database: changes then only reach the renderers. */
  record?: (entry: AgentStateEntry) => Promise<void>;
  log: Logger;
  clock?: AgentClock;
  /** The wrap-up rule (settings `cases.caseRequired`): an answered inbound call owes its case before Ready. */
  caseRequired?: () => boolean;
}

/** Calls that keep the agent busy: being answered, connected, or dialled by the agent. */
const engaged = new Set<Call['state']>(['answering', 'active', 'dialling', 'ringingOut']);

export class AgentService {
  private machine: AgentMachine;
  private readonly clock: AgentClock;
  private readonly busyCalls = new Set<string>();
  private readonly ringTimers = new Map<string, () => void>();
  private cancelWrapUp: (() => void) | undefined;
  private readonly writes = new Set<Promise<void>>();
  private readonly queued: QueuedCalls;
  /** Answered calls whose case is neither saved nor skipped. */
  private readonly owedCases = new Set<string>();
  /** Calls still going whose case is already settled: hold and resume must not owe it again. */
  private readonly settledCalls = new Set<string>();

  constructor(private readonly options: AgentServiceOptions) {
    this.clock = options.clock ?? realClock;
    this.machine = initialAgentMachine(this.clock.now());
    this.queued = new QueuedCalls({
      agentState: () => this.machine.state,
      settings: options.settings,
      sipUser: options.sipUser,
      ring: options.ringCall,
      decline: options.declineCall,
      clock: this.clock,
      log: options.log,
    });
  }

  status(): AgentStatus {
    const { state, reason, since, wrapUpEndsAt } = this.machine;
    return { state, since, ...(reason === undefined ? {} : { reason }), ...(wrapUpEndsAt === undefined ? {} : { wrapUpEndsAt }) };
  }

  /** Whether a new call rings, waits for the agent, or is declined before it rings (see call-offering.ts). */
  offer(invite: OfferedInvite): Offering {
    return this.queued.offer(invite);
  }

  /** The agent's own choice; refused while Ready is impossible or for a reason settings do not offer. */
  choose(state: 'ready' | 'notReady', reason?: string): AgentStatus {
    if (state === 'ready') {
      const refused = this.apply({ type: 'chooseReady' });
      if (refused) throw new ContractFailure(refused, `agent.errors.${refused}`);
      return this.status();
    }
    const reasons = this.options.settings().notReadyReasons;
    const chosen = reason ?? reasons[0]!;
    if (!reasons.includes(chosen)) throw new ContractFailure('unknownReason', 'agent.errors.unknownReason');
    this.apply({ type: 'chooseNotReady', reason: chosen });
    return this.status();
  }

  /** What the renderer found of the agent's headset and microphone (device-readiness.ts). */
  devicesReported(report: DeviceReport): void {
    const event = deviceEventFor(report);
    if (event) this.apply(event);
  }

  /** The call's case was saved, attached or skipped: the last one settled frees the agent for Ready. */
  caseSettled(callId: string): void {
    if (this.busyCalls.has(callId)) this.settledCalls.add(callId);
    if (this.owedCases.delete(callId) && this.owedCases.size === 0) this.apply({ type: 'caseSettled' });
  }

  /** The machine sleeps or locks (app shell): nobody is at the desk to answer, so Not ready (away). */
  suspended(): void {
    this.options.log.info('machine asleep or locked: agent set Not ready', { state: this.machine.state });
    this.apply({ type: 'suspended' });
  }

  phoneEvent(event: PhoneEvent): void {
    if (event.type === 'registrationChanged') {
      const { state } = event.status;
      if (state === 'registered') this.apply({ type: 'lineUp' });
      else if (state !== 'connecting') this.apply({ type: 'lineDown' });
    } else if (event.type === 'callChanged') {
      this.callChanged(event.call);
      this.queued.callChanged(event.call);
    }
  }

  /** The desk shuts down: logs the agent offline and waits (briefly) for the log writes in flight. */
  async stop(): Promise<void> {
    this.apply({ type: 'signOff' });
    this.ringTimers.forEach((cancel) => cancel());
    this.ringTimers.clear();
    this.cancelWrapUp?.();
    this.queued.stop();
    await Promise.allSettled([...this.writes]);
  }

  private callChanged(call: Call): void {
    const { callId } = call;
    if (call.state === 'ringing' && call.direction === 'inbound') this.startRingTimer(callId);
    else this.stopRingTimer(callId);
    const wasBusy = this.busyCalls.size > 0;
    if (engaged.has(call.state)) this.busyCalls.add(callId);
    else this.busyCalls.delete(callId);
    if (!wasBusy && this.busyCalls.size > 0) this.apply({ type: 'callStarted' });
    else if (wasBusy && this.busyCalls.size === 0) this.apply({ type: 'callsEnded' });
    this.owesCase(call);
  }

  private owesCase(call: Call): void {
    if (call.state === 'ended') this.settledCalls.delete(call.callId);
    const answered = call.state === 'active' && call.direction === 'inbound';
    if (!answered || this.owedCases.has(call.callId) || this.settledCalls.has(call.callId) || !this.options.caseRequired?.()) return;
    this.owedCases.add(call.callId);
    this.apply({ type: 'caseOwed' });
  }

  private startRingTimer(callId: string): void {
    if (this.ringTimers.has(callId)) return;
    const ms = this.options.settings().ringTimeoutSeconds * 1000;
    this.ringTimers.set(
      callId,
      this.clock.after(ms, () => {
        this.ringTimers.delete(callId);
        // A call shown while on a call or in wrap-up waits for the agent; only an idle, Ready agent misses it.
        if (this.machine.state !== 'ready') return;
        this.options.log.info('call not answered in time: agent set Not ready', { callId });
        this.apply({ type: 'ringTimeout' });
        this.options.declineCall(callId).catch((error: unknown) => this.options.log.warn('could not pass on an unanswered call', { callId, error: String(error) }));
      }),
    );
  }

  private stopRingTimer(callId: string): void {
    this.ringTimers.get(callId)?.();
    this.ringTimers.delete(callId);
  }

  private apply(event: AgentEvent): AgentStep['refused'] {
    const before = this.machine;
    const step = nextAgentState(before, event, this.clock.now(), this.options.settings().wrapUpSeconds);
    this.machine = step.machine;
    if (step.refused) return step.refused;
    if (step.machine.since !== before.since || step.machine.state !== before.state || step.machine.reason !== before.reason) this.changed();
    return undefined;
  }

  private changed(): void {
    this.cancelWrapUp?.();
    this.cancelWrapUp = undefined;
    const { wrapUpEndsAt } = this.machine;
    if (this.machine.state === 'wrapUp' && wrapUpEndsAt !== undefined) {
      this.cancelWrapUp = this.clock.after(wrapUpEndsAt - this.clock.now(), () => this.apply({ type: 'wrapUpElapsed' }));
    }
    const status = this.status();
    this.options.log.info('agent state', { state: status.state, reason: status.reason });
    this.options.onChanged(status);
    this.record(status);
    this.queued.agentChanged();
  }

  private record(status: AgentStatus): void {
    if (!this.options.record) return;
    const entry: AgentStateEntry = { sipUser: this.options.sipUser(), state: status.state, at: new Date(status.since).toISOString() };
    if (status.reason !== undefined) entry.reason = status.reason;
    const write = this.options.record(entry).catch((error: unknown) => this.options.log.warn('agent state not logged', { state: status.state, error: String(error) }));
    this.writes.add(write);
    void write.finally(() => this.writes.delete(write));
  }
}
