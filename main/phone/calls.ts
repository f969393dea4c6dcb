/**
 * The agent's calls, in and out, from the first message to the end: answering (which holds the
 * call the agent is on, so a waiting caller can be taken), dialling, hold and resume, mute and
 * key presses. Every change reaches the renderer as the call's new state.
 */
import { SessionState, type Invitation, type Inviter } from 'sip.js';
import type { Call } from '../../shared/contract/phone.js';
import { ContractFailure } from '../../shared/contract/result.js';
import type { CallerIdentified } from '../../shared/contract/screenpop.js';
import type { Logger } from '../core/logger.js';
import type { IdentifyCaller } from '../screenpop/screen-pop.js';
import { sendCallDtmf, type DtmfMode } from './call-dtmf.js';
import { failureForStatus } from './call-failure.js';
import { reInviteForHold, type ReInviteTiming } from './call-reinvite.js';
import type { DialledNumber } from './dial-number.js';
import { incomingCall, ringWhenFree, ringWithCallerShown, type RingOptions } from './incoming-call.js';
import { inviteOptions, outgoingCall } from './outgoing-call.js';
import type { TrackedCall } from './tracked-call.js';

export interface DeskCallsOptions {
  identifyCaller: IdentifyCaller;
  /** A sip.js Inviter towards an E.164 number or an extension on the phone server, not yet sent. */
  inviterFor: (target: string) => Inviter;
  log: Logger;
  onCallChanged: (call: Call) => void;
  onCallerIdentified: (identified: CallerIdentified) => void;
  /** Holds a ring until a desk page painted the caller's card (see screenpop/cards-on-screen.ts). */
  cardPainted?: RingOptions['cardPainted'];
  now?: () => number;
  holdTiming?: ReInviteTiming;
}

const failure = (code: string) => new ContractFailure(code, `phone.errors.${code}`);

export class DeskCalls {
  private readonly calls = new Map<string, TrackedCall>();
  private readonly now: () => number;

  constructor(private readonly options: DeskCallsOptions) {
    this.now = options.now ?? Date.now;
  }

  list(): Call[] {
    return [...this.calls.values()].map((t) => t.call);
  }

  /** Screen-pops of the calls still here, for a page that (re)connects mid-call. */
  callers(): CallerIdentified[] {
    return [...this.calls.values()].flatMap((t) => (t.identified ? [t.identified] : []));
  }

  /** `offeredAt` is when the phone server's INVITE arrived, as the offering decision saw it. */
  async offer(invitation: Invitation, offering: 'ring' | 'wait', offeredAt = this.now()): Promise<void> {
    const tracked = incomingCall(invitation, offeredAt);
    this.track(tracked);
    await ringWithCallerShown(tracked, { ...this.options, now: this.now, onChanged: (t) => this.options.onCallChanged(t.call) }, offering);
  }

  /** A waiting hunt-group call rings now (the agent became free). */
  async ringWaiting(callId: string): Promise<void> {
    await ringWhenFree(this.find(callId), { ...this.options, onChanged: (t) => this.options.onCallChanged(t.call) });
  }

  /**
   * A call this desk takes no part in (the agent is Not ready): 480 Temporarily Unavailable, not
   * 486 or 603. A forking proxy (Kamailio's tm) keeps the other branches ringing on any 4xx and
   * only cancels them on a 6xx, so 603 would end the call for every agent; and should every agent
   * decline, the caller hears "unavailable" rather than a busy tone for a desk that is not busy.
   */
  declineUnoffered(invitation: Invitation): void {
    this.options.log.info('call declined: agent not taking calls', { callId: invitation.id });
    invitation.reject({ statusCode: 480 }).catch((error: unknown) => this.options.log.warn('could not decline call', { callId: invitation.id, error: String(error) }));
  }

  /** A ringing or waiting call nobody answered here goes on to the others, with the same 480 as above. */
  async decline(callId: string): Promise<void> {
    const tracked = this.find(callId);
    const { invitation } = tracked;
    if (!invitation || invitation.state !== SessionState.Initial) throw failure('notRinging');
    tracked.endReason = 'notAnsweredHere';
    await invitation.reject({ statusCode: 480 });
  }

  /** Holds the call the agent is on, then calls; resolves with the call's id once the INVITE is sent. */
  async dial(number: DialledNumber): Promise<string> {
    await this.holdAllBut(undefined);
    const inviter = this.options.inviterFor(number.target);
    const tracked = outgoingCall(inviter, number, this.now());
    const { callId } = tracked.call;
    this.track(tracked);
    this.options.onCallChanged(tracked.call);
    this.options.log.info('call dialled', { callId });
    const ringing = () => {
      if (tracked.call.state === 'dialling') this.update(tracked, { state: 'ringingOut' });
    };
    try {
      await inviter.invite({
        ...inviteOptions(tracked, ringing),
        sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } },
      });
    } catch (error) {
      this.options.log.warn('outgoing call could not start', { callId, error: String(error) });
      tracked.endReason ??= 'mediaFailed';
      throw failure('mediaFailed');
    }
    return callId;
  }

  /** Answers a ringing call; a call the agent is on is held first, so it does not hear this one. */
  async answer(callId: string): Promise<void> {
    const tracked = this.find(callId);
    const invitation = tracked.invitation;
    // A waiting call can be taken too: the agent sees it in the strip and chooses to.
    if (!invitation || (tracked.call.state !== 'ringing' && tracked.call.state !== 'waiting')) throw failure('notRinging');
    await this.holdAllBut(callId);
    // The 200 OK waits on the page's media work: ask for it first, then tell the page (and the
    // agent state, the call records) the call is being answered, so that news does not queue
    // ahead of the media request on the page or in this process.
    const accepted = invitation.accept({ sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } } });
    if (tracked.call.state === 'ringing' || tracked.call.state === 'waiting') this.update(tracked, { state: 'answering' });
    try {
      await accepted;
    } catch (error) {
      this.options.log.warn('answering failed', { callId, error: String(error) });
      tracked.endReason ??= 'mediaFailed';
      throw failure('answerFailed');
    }
  }

  async hangUp(callId: string): Promise<void> {
    const tracked = this.find(callId);
    const { session, invitation, inviter } = tracked;
    const end = (reason: TrackedCall['endReason']) => {
      tracked.endReason = reason;
    };
    if (session.state === SessionState.Established) {
      end('hungUpByAgent');
      await session.bye();
    } else if (invitation && session.state === SessionState.Initial) {
      end('hungUpByAgent');
      // 480, not 603: on a ring-all group a 6xx would cancel the call for every colleague too.
      await invitation.reject({ statusCode: 480 });
    } else if (inviter && (session.state === SessionState.Initial || session.state === SessionState.Establishing)) {
      end('hungUpByAgent');
      await inviter.cancel();
    } else {
      throw failure('notActive');
    }
  }

  async hold(callId: string): Promise<void> {
    await this.setHeld(this.connected(callId), true);
  }

  /** Back to this call; whichever other call the agent was on is held first. */
  async resume(callId: string): Promise<void> {
    const tracked = this.connected(callId);
    await this.holdAllBut(callId);
    await this.setHeld(tracked, false);
  }

  mute(callId: string, muted: boolean): void {
    const tracked = this.find(callId);
    if ((tracked.call.muted ?? false) === muted) return;
    this.update(tracked, { muted });
  }

  async sendDtmf(callId: string, tones: string, mode: DtmfMode): Promise<void> {
    const tracked = this.connected(callId);
    if (tracked.call.held) throw failure('callHeld');
    await sendCallDtmf(tracked.session, tones, mode);
  }

  /** Ends every call, e.g. when the desk shuts down. */
  async endAll(): Promise<void> {
    await Promise.allSettled([...this.calls.keys()].map((callId) => this.hangUp(callId)));
  }

  /** Connected calls: when a new desk page hosts media, each is re-INVITEd for its audio (media-recovery.ts). */
  established(): { session: TrackedCall['session']; answeredAt: number }[] {
    return [...this.calls.values()].flatMap((t) => (t.session.state === SessionState.Established ? [{ session: t.session, answeredAt: t.call.answeredAt ?? 0 }] : []));
  }

  /** Ends a connected call whose audio could not be brought back (media-recovery.ts). */
  async endForLostMedia(callId: string): Promise<void> {
    const tracked = this.find(callId);
    tracked.endReason = 'mediaFailed';
    await tracked.session.bye();
  }

  /** A call as the renderer sees it, if it is still here (transfers follow their calls with it). */
  callOf(callId: string): Call | undefined {
    return this.calls.get(callId)?.call;
  }

  /** The connected call's sip.js session, for a transfer's REFER (transfers.ts). */
  sessionOf(callId: string): TrackedCall['session'] {
    return this.connected(callId).session;
  }

  /** The NOTIFY said the caller is with the target: the call ends as transferred, whoever sends the BYE. */
  async endTransferred(callId: string): Promise<void> {
    const tracked = this.calls.get(callId);
    if (!tracked) return;
    tracked.endReason = 'transferred';
    if (tracked.session.state === SessionState.Established) await tracked.session.bye();
  }

  private track(tracked: TrackedCall): void {
    this.calls.set(tracked.call.callId, tracked);
    tracked.session.stateChange.addListener((state) => {
      if (state === SessionState.Established) this.update(tracked, { state: 'active', answeredAt: this.now() });
      // sip.js announces Terminated before it hands the final response (or the failed INVITE's
      // error) to us; finish once those have run, so the end reads right.
      else if (state === SessionState.Terminated) setTimeout(() => this.finish(tracked), 0);
    });
  }

  private finish(tracked: TrackedCall): void {
    tracked.confirmed.settle();
    const { callId, direction, answeredAt } = tracked.call;
    const fallback = answeredAt !== undefined ? 'hungUpByCaller' : direction === 'inbound' ? 'callerGaveUp' : 'failed';
    const endReason = tracked.endReason ?? fallback;
    const ended: Partial<Call> = { state: 'ended', endedAt: this.now(), endReason };
    if (endReason === 'failed') ended.failure = tracked.failure ?? failureForStatus(0);
    this.update(tracked, ended);
    this.calls.delete(callId);
    this.options.log.info('call ended', { callId, direction, endReason, statusCode: ended.failure?.statusCode });
  }

  private async holdAllBut(callId: string | undefined): Promise<void> {
    for (const other of this.calls.values()) {
      // A call just hung up still reads 'active' until its end is reported: its dialog is gone.
      const connected = other.call.state === 'active' && other.session.state === SessionState.Established;
      if (other.call.callId !== callId && connected && !other.call.held) await this.setHeld(other, true);
    }
  }

  private setHeld(tracked: TrackedCall, held: boolean): Promise<void> {
    const { callId } = tracked.call;
    const change = tracked.mediaQueue.then(async () => {
      await tracked.confirmed.promise;
      if ((tracked.call.held ?? false) === held) return;
      try {
        const { attempts } = await reInviteForHold(tracked.session, held, this.options.holdTiming);
        this.update(tracked, { held });
        this.options.log.info(held ? 'call held' : 'call resumed', { callId, attempts });
      } catch (error) {
        this.options.log.warn(held ? 'hold failed' : 'resume failed', { callId, error: String(error) });
        throw failure(held ? 'holdFailed' : 'resumeFailed');
      }
    });
    tracked.mediaQueue = change.catch(() => undefined);
    return change;
  }

  private update(tracked: TrackedCall, change: Partial<Call>): void {
    tracked.call = { ...tracked.call, ...change };
    this.options.onCallChanged(tracked.call);
  }

  private find(callId: string): TrackedCall {
    const tracked = this.calls.get(callId);
    if (!tracked) throw failure('callNotFound');
    return tracked;
  }

  private connected(callId: string): TrackedCall {
    const tracked = this.find(callId);
    if (tracked.call.state !== 'active' || tracked.session.state !== SessionState.Established) throw failure('notActive');
    return tracked;
  }
}
