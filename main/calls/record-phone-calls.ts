/**
 * Turns the phone's events into call records: a row when a call is offered or dialled, its answer
 * (by this desk's agent) and its end with the outcome. Writes of one call go out one after the
 * other, so an update never overtakes the row it completes. What the screen-pop showed is kept in
 * memory for the history list: the records themselves hold nothing about the caller but the number
 * and the citizen's id.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { CallRecordInput } from '../../shared/contract/cases.js';
import type { Call, CallHistoryEntry } from '../../shared/contract/phone.js';
import type { CallerIdentified } from '../../shared/contract/screenpop.js';
import type { Logger } from '../core/logger.js';
import { failureLabel } from '../data/outbox/write-failure.js';
import type { PhoneEvent } from '../phone/softphone.js';
import type { CallRecorder } from './call-recorder.js';
import { outcomeOfEndedCall } from './call-outcome.js';

export interface RecordPhoneCallsOptions {
  /** Undefined when there is no database: calls still ring, nothing is recorded. */
  recorder: CallRecorder | undefined;
  /** The SIP user of the agent at this desk. */
  agent: () => string;
  log: Logger;
}

/** What this desk saw of a call's other party, for the history list. */
export type SeenParty = Pick<CallHistoryEntry, 'number' | 'citizenName' | 'protectedCaller'>;

const e164 = z.string().regex(/^[+][1-9][0-9]{6,14}$/);
const uuid = z.uuid();

interface Recorded {
  /** The last write of this call, so the next one waits for it. */
  chain: Promise<void>;
  answered: boolean;
}

export class PhoneCallRecording {
  private readonly recorded = new Map<string, Recorded>();
  private readonly identified = new Map<string, CallerIdentified>();
  private readonly seen = new Map<string, SeenParty>();

  constructor(private readonly options: RecordPhoneCallsOptions) {}

  /** The calls this desk recorded since it started, answered here or not. */
  callIds(): string[] {
    return [...this.seen.keys()];
  }

  party(callId: string): SeenParty | undefined {
    return this.seen.get(callId);
  }

  onEvent(event: PhoneEvent): void {
    if (event.type === 'callerIdentified') this.identified.set(event.identified.callId, event.identified);
    else if (event.type === 'callChanged') this.callChanged(event.call);
  }

  /** Resolves once every write started so far has been handed to the writer (tests, shutdown). */
  async settled(): Promise<void> {
    await Promise.all([...this.recorded.values()].map((r) => r.chain));
  }

  private callChanged(call: Call): void {
    const { recorder } = this.options;
    if (!recorder) return;
    let recorded = this.recorded.get(call.callId);
    if (!recorded) {
      recorded = { chain: Promise.resolve(), answered: false };
      this.recorded.set(call.callId, recorded);
      const input = this.offered(call);
      this.write(recorded, call.callId, () => recorder.recordCall(input));
    }
    if (call.answeredAt !== undefined && !recorded.answered) {
      recorded.answered = true;
      const answered = { clientId: randomUUID(), callId: call.callId, answeredAt: call.answeredAt, answeredBy: this.options.agent() };
      this.write(recorded, call.callId, () => recorder.updateCallRecord(answered));
    }
    if (call.state === 'ended') {
      const outcome = outcomeOfEndedCall(call);
      if (outcome !== undefined && call.endedAt !== undefined) {
        const ended = { clientId: randomUUID(), callId: call.callId, endedAt: call.endedAt, outcome };
        this.write(recorded, call.callId, () => recorder.updateCallRecord(ended));
      }
      const done = recorded;
      void done.chain.then(() => {
        if (this.recorded.get(call.callId) === done) this.recorded.delete(call.callId);
      });
      this.identified.delete(call.callId);
    }
  }

  private offered(call: Call): CallRecordInput {
    const identified = this.identified.get(call.callId);
    const match = identified?.match;
    const isProtected = match?.kind === 'protected';
    const single = match?.kind === 'citizens' && match.citizens.length === 1 ? match.citizens[0] : undefined;
    this.seen.set(call.callId, {
      number: isProtected ? null : call.caller,
      ...(single && !single.viaRelative ? { citizenName: single.name } : {}),
      ...(isProtected ? { protectedCaller: true } : {}),
    });
    const number = e164.safeParse(call.caller.e164);
    const citizen = uuid.safeParse(single?.citizenId);
    return {
      clientId: randomUUID(),
      callId: call.callId,
      direction: call.direction,
      dialled: call.dialled.slice(0, 100),
      // A protected caller's number is never stored; an outgoing call's number is what was dialled.
      ...(call.direction === 'inbound' && !isProtected && number.success ? { callerNumber: number.data } : {}),
      ...(citizen.success ? { citizenId: citizen.data } : {}),
      offeredAt: call.offeredAt,
    };
  }

  private write(recorded: Recorded, callId: string, send: () => Promise<unknown>): void {
    recorded.chain = recorded.chain.then(send).then(
      () => undefined,
      (error: unknown) => {
        const failure = failureLabel(error);
        // On a team server the agents come from IT's import: a desk whose SIP user is missing there is refused by the key.
        const hint = failure === 'sqlstate 23503' ? "this desk's SIP user may have no row in agents" : undefined;
        this.options.log.error('call record not saved', { callId, failure, ...(hint ? { hint } : {}) });
      },
    );
  }
}
