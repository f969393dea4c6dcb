/**
 * The agent's transfers on top of the desk's calls: a blind REFER, or consult calls (one target
 * for an attended transfer, the on-call and then the deputy for an urgent handover) that the
 * agent completes with REFER + Replaces. The caller stays held with the agent until the NOTIFY
 * sipfrag says someone took them; every attempt is reported for the call's record.
 */
import type { URI } from 'sip.js';
import type { CallFailure, Call } from '../../shared/contract/phone.js';
import { ContractFailure } from '../../shared/contract/result.js';
import type { Transfer, TransferAttempt, TransferState } from '../../shared/contract/transfer.js';
import type { Logger } from '../core/logger.js';
import { failureForStatus } from './call-failure.js';
import type { DeskCalls } from './calls.js';
import type { DialledNumber } from './dial-number.js';
import { referAndWait } from './refer.js';
import { attemptRecord, outcomeOf, shown, type Attempt, type ConsultPlan } from './transfer-attempts.js';

export type { ConsultPlan, ConsultTarget } from './transfer-attempts.js';

export interface DeskTransfersOptions {
  calls: DeskCalls;
  /** The SIP URI of an E.164 number or an extension on the phone server. */
  uriFor: (target: string) => URI;
  onChanged: (transfer: Transfer) => void;
  /** Each attempt once its outcome is known, to be recorded with the call. */
  onAttempt: (attempt: TransferAttempt) => void;
  log: Logger;
  now?: () => number;
}

interface Running {
  transfer: Transfer;
  plan?: ConsultPlan;
  next: number;
  attempt?: Attempt;
}

const failure = (code: string) => new ContractFailure(code, `phone.transfer.errors.${code}`);
const succeeded = (statusCode: number) => statusCode >= 200 && statusCode < 300;

export class DeskTransfers {
  private readonly running = new Map<string, Running>();
  private readonly now: () => number;

  constructor(private readonly options: DeskTransfersOptions) {
    this.now = options.now ?? Date.now;
  }

  list(): Transfer[] {
    return [...this.running.values()].map((r) => r.transfer);
  }

  /** Holds the caller and sends the REFER; the outcome follows as transfer changes. */
  async blind(callId: string, target: DialledNumber): Promise<void> {
    this.ensureFree(callId);
    const session = this.options.calls.sessionOf(callId);
    const running: Running = { transfer: { callId, kind: 'blind', state: 'completing', target: shown(target) }, next: 0 };
    const attempt: Attempt = { target: { number: target, label: target.display }, startedAt: this.now(), settled: false };
    running.attempt = attempt;
    this.running.set(callId, running);
    try {
      await this.options.calls.hold(callId);
    } catch (error) {
      this.running.delete(callId);
      throw error;
    }
    this.emit(running);
    this.options.log.info('blind transfer started', { callId });
    void referAndWait(session, this.options.uriFor(target.target)).then(async (statusCode) => {
      this.options.log.info('blind transfer answered', { callId, statusCode });
      // The caller hung up meanwhile: callChanged has already said so.
      if (!this.isCurrent(running)) return;
      if (succeeded(statusCode)) {
        this.settle(running, attempt, 'accepted', target.target);
        this.finish(running, 'completed');
        await this.options.calls.endTransferred(callId);
        return;
      }
      const reason = failureForStatus(statusCode);
      this.settle(running, attempt, outcomeOf(reason));
      this.finish(running, 'failed', reason);
    });
  }

  /** Holds the caller and calls the first target; resolves with that consult call's id. */
  async consult(callId: string, plan: ConsultPlan): Promise<string | undefined> {
    this.ensureFree(callId);
    const first = plan.targets[0];
    this.options.calls.sessionOf(callId);
    if (!first) throw failure('noTarget');
    const transfer: Transfer = { callId, kind: plan.kind, state: 'calling', target: shown(first.number), ...(plan.district ? { district: plan.district } : {}) };
    const running: Running = { transfer, plan, next: 0 };
    this.running.set(callId, running);
    this.options.log.info('consult started', { callId, kind: plan.kind, targets: plan.targets.length });
    await this.tryNext(running);
    return running.attempt?.consultCallId;
  }

  /** REFER with Replaces on the caller's dialog: the caller takes the agent's place in the consult. */
  complete(callId: string): void {
    const running = this.running.get(callId);
    const attempt = running?.attempt;
    if (!running || !attempt?.consultCallId || attempt.answeredAt === undefined || running.transfer.state !== 'consulting') throw failure('consultNotConnected');
    const consultCallId = attempt.consultCallId;
    // Both dialogs must be established: sip.js builds Replaces from the consult's dialog.
    const consult = this.options.calls.sessionOf(consultCallId);
    const caller = this.options.calls.sessionOf(callId);
    running.transfer = { ...running.transfer, state: 'completing' };
    delete running.transfer.failure;
    this.emit(running);
    void referAndWait(caller, consult).then(async (statusCode) => {
      this.options.log.info('attended transfer answered', { callId, statusCode });
      if (!this.isCurrent(running)) return;
      if (succeeded(statusCode)) {
        this.settle(running, attempt, 'accepted', attempt.target.number.target);
        this.finish(running, 'completed');
        await Promise.allSettled([this.options.calls.endTransferred(callId), this.options.calls.endTransferred(consultCallId)]);
        return;
      }
      const reason = failureForStatus(statusCode);
      if (this.options.calls.callOf(consultCallId)?.state === 'active') {
        // The agent still has the target on the line and may try again, or cancel.
        running.transfer = { ...running.transfer, state: 'consulting', failure: reason };
        this.emit(running);
        return;
      }
      this.settle(running, attempt, 'failed');
      this.finish(running, 'failed', reason);
    });
  }

  /** Gives up: the consult call (if any) ends and the agent is back with the caller. */
  async cancel(callId: string): Promise<void> {
    const running = this.running.get(callId);
    if (running?.transfer.state === 'completing') throw failure('completing');
    const attempt = running?.attempt;
    if (running) {
      if (attempt && !attempt.settled) this.settle(running, attempt, 'cancelled');
      this.finish(running, 'cancelled');
    }
    const consultCallId = attempt?.consultCallId;
    if (consultCallId && this.options.calls.callOf(consultCallId)) {
      await this.options.calls.hangUp(consultCallId).catch((error: unknown) => this.options.log.warn('consult call could not be ended', { callId, error: String(error) }));
    }
    await this.options.calls.resume(callId);
  }

  /** Every change of the desk's calls: a consult answered or ended, or the caller gone. */
  callChanged(call: Call): void {
    for (const running of [...this.running.values()]) {
      if (running.transfer.callId === call.callId && call.state === 'ended') {
        const attempt = running.attempt;
        if (attempt && !attempt.settled) this.settle(running, attempt, 'cancelled');
        this.finish(running, 'callerGone');
        continue;
      }
      const attempt = running.attempt;
      if (!attempt || attempt.consultCallId !== call.callId || attempt.settled) continue;
      // Replaces ends the consult as it succeeds; the sipfrag, not this, decides.
      if (running.transfer.state === 'completing') continue;
      if (call.state === 'active' && attempt.answeredAt === undefined) {
        clearTimeout(attempt.timer);
        attempt.answeredAt = call.answeredAt ?? this.now();
        running.transfer = { ...running.transfer, state: 'consulting' };
        delete running.transfer.failure;
        this.emit(running);
      } else if (call.state === 'ended') {
        clearTimeout(attempt.timer);
        const answered = attempt.answeredAt !== undefined;
        this.settle(running, attempt, answered ? 'declined' : outcomeOf(call.failure));
        if (call.failure) running.transfer = { ...running.transfer, failure: call.failure };
        void this.tryNext(running);
      }
    }
  }

  private async tryNext(running: Running): Promise<void> {
    const { plan } = running;
    const target = plan?.targets[running.next];
    if (!this.isCurrent(running)) return;
    if (!plan || !target) {
      this.finish(running, plan?.kind === 'urgentOncall' ? 'nobodyAnswered' : 'failed', running.transfer.failure);
      return;
    }
    running.next += 1;
    const attempt: Attempt = { target, startedAt: this.now(), settled: false };
    running.attempt = attempt;
    const { callId } = running.transfer;
    running.transfer = { ...running.transfer, state: 'calling', target: shown(target.number), ...(target.attempt ? { attempt: target.attempt } : {}) };
    delete running.transfer.consultCallId;
    this.emit(running);
    let consultCallId: string;
    try {
      consultCallId = await this.options.calls.dial(target.number);
    } catch (error) {
      this.options.log.warn('consult call could not start', { callId, error: String(error) });
      this.settle(running, attempt, 'failed');
      running.transfer = { ...running.transfer, failure: failureForStatus(0) };
      return this.tryNext(running);
    }
    attempt.consultCallId = consultCallId;
    if (!this.isCurrent(running)) {
      // Cancelled, or the caller left, while the INVITE went out.
      await this.options.calls.hangUp(consultCallId).catch(() => undefined);
      return;
    }
    running.transfer = { ...running.transfer, consultCallId };
    this.emit(running);
    if (!this.options.calls.callOf(consultCallId)) {
      // Refused before the INVITE's sending resolved: its end went by unmatched, status and all.
      this.settle(running, attempt, 'failed');
      return this.tryNext(running);
    }
    if (plan.answerTimeoutMs !== undefined) attempt.timer = setTimeout(() => void this.noAnswer(running, attempt), plan.answerTimeoutMs);
  }

  /** The target let it ring too long: give up on it and try the next. */
  private async noAnswer(running: Running, attempt: Attempt): Promise<void> {
    if (attempt.settled || attempt.answeredAt !== undefined || !this.isCurrent(running)) return;
    this.options.log.info('consult not answered in time', { callId: running.transfer.callId, attempt: attempt.target.attempt });
    this.settle(running, attempt, 'no_answer');
    running.transfer = { ...running.transfer, failure: { reason: 'noAnswer', statusCode: 0 } };
    if (attempt.consultCallId) await this.options.calls.hangUp(attempt.consultCallId).catch(() => undefined);
    await this.tryNext(running);
  }

  private settle(running: Running, attempt: Attempt, outcome: TransferAttempt['outcome'], acceptedBy?: string): void {
    attempt.settled = true;
    clearTimeout(attempt.timer);
    this.options.onAttempt(attemptRecord(running.transfer, attempt, outcome, acceptedBy));
  }

  private finish(running: Running, state: TransferState, reason?: CallFailure): void {
    if (running.attempt) clearTimeout(running.attempt.timer);
    running.transfer = { ...running.transfer, state, ...(reason ? { failure: reason } : {}) };
    if (this.isCurrent(running)) this.running.delete(running.transfer.callId);
    this.emit(running);
  }

  /** Not finished yet: a late sipfrag or timer of a transfer that ended must change nothing. */
  private isCurrent(running: Running): boolean {
    return this.running.get(running.transfer.callId) === running;
  }

  private ensureFree(callId: string): void {
    const busy = [...this.running.values()].some((r) => r.transfer.callId === callId || r.attempt?.consultCallId === callId);
    if (busy) throw failure('alreadyRunning');
  }

  private emit(running: Running): void {
    this.options.onChanged({ ...running.transfer });
  }
}
