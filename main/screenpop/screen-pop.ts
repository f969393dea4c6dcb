/**
 * From a ringing call's raw number to the card the agent sees. The look-up has a deadline: the
 * phone must ring even when the database is slow or down, and then says so on the card.
 */
import type { CallerMatch, CallerIdentified } from '../../shared/contract/screenpop.js';
import type { LookedUpCaller, RegisteredCallerMatch } from '../data/caller-lookup.js';
import { normaliseCallerNumber } from './caller-number.js';

export interface CallerLookup {
  /** Finds who owns an E.164 number and audits the look-up for this agent and call. */
  (e164: string, context: { agent: string; callId: string }): Promise<LookedUpCaller>;
}

export interface ScreenPopOptions {
  lookup: CallerLookup;
  defaultRegion: () => string;
  agent: () => string;
  deadlineMs?: number;
  onLookupFailed?: (callId: string, error: unknown) => void;
  /** The look-up behind a card that was shown (in time): its id stays in the core, for the summary reads. */
  onLookedUp?: (callId: string, lookupId: string) => void;
}

export type IdentifyCaller = (callId: string, rawNumber: string | null) => Promise<CallerIdentified>;

export function createScreenPop(options: ScreenPopOptions): IdentifyCaller {
  const deadlineMs = options.deadlineMs ?? 1_500;
  return async (callId, rawNumber) => {
    const caller = normaliseCallerNumber(rawNumber, options.defaultRegion());
    if (caller.e164 === null) return { callId, caller, match: { kind: 'unknown' } };
    try {
      const { lookupId, match: found } = await withDeadline(options.lookup(caller.e164, { agent: options.agent(), callId }), deadlineMs);
      options.onLookedUp?.(callId, lookupId);
      // A protected person's number points to them: it never leaves the core.
      if (found.kind === 'protected') return { callId, caller: { e164: null, display: '' }, match: found };
      return { callId, caller, match: toCard(found, options.defaultRegion()) };
    } catch (error) {
      options.onLookupFailed?.(callId, error);
      return { callId, caller, match: { kind: 'lookupFailed' } };
    }
  };
}

/** The agent reads numbers aloud: the care manager's too, in the home region's format. */
function toCard(found: RegisteredCallerMatch, region: string): CallerMatch {
  if (found.kind !== 'citizens') return found;
  return {
    kind: 'citizens',
    citizens: found.citizens.map((citizen) => ({
      ...citizen,
      careManager: citizen.careManager && {
        name: citizen.careManager.name,
        phone: citizen.careManager.phone === null ? null : normaliseCallerNumber(citizen.careManager.phone, region),
      },
    })),
  };
}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`caller look-up exceeded ${ms} ms`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
