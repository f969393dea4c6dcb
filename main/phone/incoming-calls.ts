/**
 * Calls offered to this desk, from the INVITE to the end. The order on a new call is the point of
 * the product: identify the caller, put the card on screen, and only then send 180 Ringing, so
 * the agent reads who it is with the first ring.
 */
import { SessionState, type Invitation } from 'sip.js';
import type { Call, CallEndReason } from '../../shared/contract/phone.js';
import { ContractFailure } from '../../shared/contract/result.js';
import type { CallerIdentified } from '../../shared/contract/screenpop.js';
import type { Logger } from '../core/logger.js';
import type { IdentifyCaller } from '../screenpop/screen-pop.js';
import { callerNumberFromHeaders } from '../screenpop/caller-identity.js';

export interface IncomingCallsOptions {
  identifyCaller: IdentifyCaller;
  log: Logger;
  onCallChanged: (call: Call) => void;
  onCallerIdentified: (identified: CallerIdentified) => void;
  now?: () => number;
}

interface Tracked {
  call: Call;
  invitation: Invitation;
  identified?: CallerIdentified;
  /** Set before we end the call ourselves, so the Terminated state reads right. */
  endReason?: CallEndReason;
}

export class IncomingCalls {
  private readonly calls = new Map<string, Tracked>();
  private readonly now: () => number;

  constructor(private readonly options: IncomingCallsOptions) {
    this.now = options.now ?? Date.now;
  }

  list(): Call[] {
    return [...this.calls.values()].map((t) => t.call);
  }

  /** Screen-pops of the calls still here, for a page that (re)connects mid-call. */
  callers(): CallerIdentified[] {
    return [...this.calls.values()].flatMap((t) => (t.identified ? [t.identified] : []));
  }

  async offer(invitation: Invitation): Promise<void> {
    const offeredAt = this.now();
    const callId = invitation.id;
    const raw = callerNumberFromHeaders({
      assertedIdentity: invitation.request.getHeader('P-Asserted-Identity'),
      fromUser: invitation.remoteIdentity.uri.user,
    });
    const tracked: Tracked = {
      invitation,
      call: {
        callId,
        direction: 'inbound',
        state: 'ringing',
        caller: { e164: null, display: '' },
        // The To user is what the caller dialled (the hunt group), not this agent's own number.
        dialled: invitation.request.to.uri.user ?? '',
        offeredAt,
      },
    };
    invitation.delegate = {
      onCancel: (cancel) => {
        // RFC 3326: a forking proxy says "cause=200" when another agent took the call.
        tracked.endReason = /cause=200/.test(cancel.request.getHeader('Reason') ?? '') ? 'answeredElsewhere' : 'callerGaveUp';
      },
    };
    invitation.stateChange.addListener((state) => this.onState(tracked, state));
    this.calls.set(callId, tracked);

    const identified = await this.options.identifyCaller(callId, raw);
    if (invitation.state !== SessionState.Initial) return;
    tracked.call = { ...tracked.call, caller: identified.caller };
    tracked.identified = identified;
    this.options.onCallerIdentified(identified);
    this.options.onCallChanged(tracked.call);
    this.options.log.info('call offered', { callId, match: identified.match.kind, lookupMs: this.now() - offeredAt });
    await invitation.progress().catch((error: unknown) => this.options.log.warn('could not send 180 Ringing', { callId, error: String(error) }));
  }

  async answer(callId: string): Promise<void> {
    const tracked = this.find(callId);
    if (tracked.call.state !== 'ringing') throw new ContractFailure('notRinging', 'phone.errors.notRinging');
    this.update(tracked, { state: 'answering' });
    try {
      await tracked.invitation.accept({ sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } } });
    } catch (error) {
      this.options.log.warn('answering failed', { callId, error: String(error) });
      tracked.endReason ??= 'mediaFailed';
      throw new ContractFailure('answerFailed', 'phone.errors.answerFailed');
    }
  }

  async hangUp(callId: string): Promise<void> {
    const tracked = this.find(callId);
    tracked.endReason = 'hungUpByAgent';
    const invitation = tracked.invitation;
    if (invitation.state === SessionState.Initial) await invitation.reject({ statusCode: 603 });
    else if (invitation.state === SessionState.Established) await invitation.bye();
    else throw new ContractFailure('notActive', 'phone.errors.notActive');
  }

  /** Ends every call, e.g. when the desk shuts down. */
  async endAll(): Promise<void> {
    await Promise.allSettled([...this.calls.keys()].map((callId) => this.hangUp(callId)));
  }

  private onState(tracked: Tracked, state: SessionState): void {
    if (state === SessionState.Established) {
      this.update(tracked, { state: 'active', answeredAt: this.now() });
    } else if (state === SessionState.Terminated) {
      const wasConnected = tracked.call.answeredAt !== undefined;
      const endReason = tracked.endReason ?? (wasConnected ? 'hungUpByCaller' : 'callerGaveUp');
      this.update(tracked, { state: 'ended', endedAt: this.now(), endReason });
      this.calls.delete(tracked.call.callId);
      this.options.log.info('call ended', { callId: tracked.call.callId, endReason });
    }
  }

  private update(tracked: Tracked, change: Partial<Call>): void {
    tracked.call = { ...tracked.call, ...change };
    this.options.onCallChanged(tracked.call);
  }

  private find(callId: string): Tracked {
    const tracked = this.calls.get(callId);
    if (!tracked) throw new ContractFailure('callNotFound', 'phone.errors.callNotFound');
    return tracked;
  }
}
