/**
 * An inbound call whose caller gave up before anyone answered becomes a team callback due the next
 * working day, when the screen-pop knew the caller as exactly one citizen. Every desk the ring-all
 * call reached does this; the client id derived from the call's id makes it one case in the register.
 */
import type { Call } from '../../shared/contract/phone.js';
import type { CallerMatch } from '../../shared/contract/screenpop.js';
import type { CaseWriter } from '../cases/case-writer.js';
import { feedbackDueDate, type OfficeCalendar } from '../cases/feedback-due.js';
import type { Logger } from '../core/logger.js';
import type { Queryable } from '../data/database.js';
import { failureLabel } from '../data/outbox/write-failure.js';
import type { PhoneEvent } from '../phone/softphone.js';
import { callbackClientId } from './callback-id.js';
import { teamGroupOf } from './callback-sql.js';

/** Inactive in the taxonomy (migration 13): what the call was about is learnt when calling back. */
export const ABANDONED_CASE_TYPE = 'abandoned_call';
const ABANDONED_CASE_CLASS = 'information_guidance';

export interface AbandonedCallbacksOptions {
  /** Undefined when there is no database: nothing is registered. */
  cases: CaseWriter | undefined;
  database: Queryable | undefined;
  /** The SIP user of the agent at this desk, whose team the callback goes to. */
  agent: () => string;
  office: () => OfficeCalendar;
  log: Logger;
}

export class AbandonedCallbacks {
  private readonly matches = new Map<string, CallerMatch>();
  private readonly pending = new Set<Promise<void>>();
  /** Kept from the last read, so a callback made while the shared server is away still names the team. */
  private knownGroup: string | null = null;

  constructor(private readonly options: AbandonedCallbacksOptions) {}

  onPhoneEvent(event: PhoneEvent): void {
    if (event.type === 'callerIdentified') this.matches.set(event.identified.callId, event.identified.match);
    if (event.type !== 'callChanged' || event.call.state !== 'ended') return;
    const match = this.matches.get(event.call.callId);
    this.matches.delete(event.call.callId);
    const citizenId = abandonedBy(event.call, match);
    if (citizenId === undefined) return;
    const work = this.register(event.call, citizenId).finally(() => this.pending.delete(work));
    this.pending.add(work);
  }

  /** Resolves once every registration started so far is done (tests, shutdown). */
  async settled(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  private async register(call: Call, citizenId: string): Promise<void> {
    const { cases, log } = this.options;
    const number = call.caller.e164;
    if (!cases || number === null) return;
    const handlerGroupId = await this.teamGroup();
    try {
      await cases.saveCase({
        clientId: callbackClientId(call.callId),
        caseTypeCode: ABANDONED_CASE_TYPE,
        caseClassCode: ABANDONED_CASE_CLASS,
        ...(handlerGroupId ? { handlerGroupId } : {}),
        resolvedAtFirstContact: false,
        feedbackChannelCode: 'phone',
        feedbackContact: number,
        dueDate: feedbackDueDate(new Date(call.endedAt ?? Date.now()), this.options.office()),
        citizenId,
        callerNumber: number,
        callId: call.callId,
      });
      if (!handlerGroupId) log.warn('abandoned call registered without a team: this agent has no team group', { callId: call.callId });
    } catch (error) {
      log.error('abandoned call not registered as a callback', { callId: call.callId, failure: failureLabel(error) });
    }
  }

  private async teamGroup(): Promise<string | null> {
    const { database, agent, log } = this.options;
    if (!database) return this.knownGroup;
    try {
      this.knownGroup = await teamGroupOf(database, agent());
    } catch (error) {
      log.warn("the agent's team could not be read; the last one known is used", { failure: failureLabel(error) });
    }
    return this.knownGroup;
  }
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The citizen a given-up call leaves a callback for: inbound, never answered anywhere, the caller
 * gave up, a number to ring, and the look-up found one citizen (directly or through a relative's
 * number). Unknown numbers and shared numbers get none: the register would fill with wrong numbers,
 * or tie the call to the wrong person; protected identities never (the look-up says only "protected").
 */
export function abandonedBy(call: Call, match: CallerMatch | undefined): string | undefined {
  if (call.direction !== 'inbound' || call.answeredAt !== undefined || call.endReason !== 'callerGaveUp') return undefined;
  if (call.caller.e164 === null || match?.kind !== 'citizens' || match.citizens.length !== 1) return undefined;
  const citizenId = match.citizens[0]?.citizenId;
  return citizenId !== undefined && uuidPattern.test(citizenId) ? citizenId : undefined;
}
