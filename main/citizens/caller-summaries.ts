/**
 * Which citizens' summaries may be read for which call, and reading them. A lone citizen's summary
 * is read once the ring is out (never before: the screen-pop and the 180 go first) and pushed to
 * the desk; others only when the agent chooses one the screen-pop or a search showed for that call.
 * Each is read as part of the look-up that showed the citizen, so that look-up's audit row is the only one.
 */
import type { CitizenSearchHit, SummaryOutcome, SummaryRead } from '../../shared/contract/citizens.js';
import type { CallerIdentified } from '../../shared/contract/screenpop.js';
import type { Logger } from '../core/logger.js';
import type { SummaryContext } from './summary-read.js';

export type ReadSummary = (citizenId: string, context: SummaryContext) => Promise<SummaryOutcome>;

export interface CallerSummariesOptions {
  /** Undefined when there is no database: every read then fails at once. */
  read: ReadSummary | undefined;
  agent: () => string;
  broadcast: (read: SummaryRead) => void;
  log: Logger;
  /** A slow database must not leave the card waiting: the card says the read failed. */
  deadlineMs?: number;
  /** A call that is not rung (waiting behind another) has its lone citizen read after this. */
  unrungAfterMs?: number;
}

/** Calls remembered for reads after the call ended (the wrap-up's case form still shows the citizen). */
const REMEMBERED_CALLS = 50;

export class CallerSummaries {
  /** By call: the citizens shown, each with the look-up that showed them (none if it is not known). */
  private readonly shown = new Map<string, Map<string, string | undefined>>();
  /** The screen-pop's look-up of a call, from its end until its card is identified. */
  private readonly callerLookups = new Map<string, string>();
  private readonly lone = new Map<string, string>();
  /** Reads done or under way, by call and citizen: a page that asks again (reloaded, or the push lost) gets the same read, not a new look-up. */
  private readonly reads = new Map<string, Promise<SummaryRead>>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(private readonly options: CallerSummariesOptions) {}

  /** The screen-pop looked the caller up under this id; its card follows (identified). */
  lookedUp(callId: string, lookupId: string): void {
    this.callerLookups.set(callId, lookupId);
    // A card that never follows (the call gone first) must not leave its id behind for good.
    for (const oldest of this.callerLookups.keys()) {
      if (this.callerLookups.size <= REMEMBERED_CALLS) break;
      this.callerLookups.delete(oldest);
    }
  }

  /** The screen-pop's citizens may be read for this call; a lone one is read once the call rings. */
  identified({ callId, match }: CallerIdentified): void {
    const lookupId = this.callerLookups.get(callId);
    this.callerLookups.delete(callId);
    this.remember(callId, match.kind === 'citizens' ? match.citizens.map((citizen) => citizen.citizenId) : [], lookupId);
    if (match.kind !== 'citizens' || match.citizens.length !== 1) return;
    this.lone.set(callId, match.citizens[0]!.citizenId);
    this.later(() => this.pushLone(callId), this.options.unrungAfterMs ?? 1_000);
  }

  /** The 180 is on its way: the lone citizen's read no longer competes with it. */
  rang(callId: string): void {
    this.later(() => this.pushLone(callId), 0);
  }

  /** A search for this call (look-up `lookupId`) showed these citizens: the agent may choose one. */
  found(callId: string, lookupId: string, hits: readonly CitizenSearchHit[]): void {
    this.remember(callId, hits.map((hit) => hit.citizenId), lookupId);
  }

  knowsCall(callId: string): boolean {
    return this.shown.has(callId);
  }

  mayRead(callId: string, citizenId: string): boolean {
    return this.shown.get(callId)?.has(citizenId) === true;
  }

  /** One audited read per call and citizen while it stands; a failed one may be tried again. */
  read(callId: string, citizenId: string): Promise<SummaryRead> {
    const key = `${callId} ${citizenId}`;
    const known = this.reads.get(key);
    if (known) return known;
    const reading = this.readNow(callId, citizenId);
    this.reads.set(key, reading);
    void reading.then((read) => {
      if (read.summary.kind === 'failed' || !this.shown.has(callId)) this.reads.delete(key);
    });
    return reading;
  }

  /** A failure or a timeout is an outcome, never an error. */
  private async readNow(callId: string, citizenId: string): Promise<SummaryRead> {
    const { read, log } = this.options;
    const deadlineMs = this.options.deadlineMs ?? 3_000;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      if (!read) throw new Error('no database');
      const deadline = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`summary read exceeded ${deadlineMs} ms`)), deadlineMs)));
      const lookupId = this.shown.get(callId)?.get(citizenId);
      const context = { agent: this.options.agent(), callId, ...(lookupId === undefined ? {} : { lookupId }) };
      const summary = await Promise.race([read(citizenId, context), deadline]);
      return { callId, citizenId, summary };
    } catch (error) {
      // The message only: a database error's detail may quote the citizen.
      log.warn('citizen summary read failed', { callId, error: error instanceof Error ? error.name : typeof error });
      return { callId, citizenId, summary: { kind: 'failed' } };
    } finally {
      clearTimeout(timer);
    }
  }

  stop(): void {
    this.timers.forEach(clearTimeout);
    this.timers.clear();
  }

  private async pushLone(callId: string): Promise<void> {
    const citizenId = this.lone.get(callId);
    if (citizenId === undefined) return;
    this.lone.delete(callId);
    this.options.broadcast(await this.read(callId, citizenId));
  }

  /** The latest look-up to show a citizen is the one a read joins: the earlier one may have expired. */
  private remember(callId: string, citizenIds: readonly string[], lookupId: string | undefined): void {
    const known = this.shown.get(callId) ?? new Map<string, string | undefined>();
    citizenIds.forEach((citizenId) => known.set(citizenId, lookupId));
    this.shown.delete(callId);
    this.shown.set(callId, known);
    for (const oldest of this.shown.keys()) {
      if (this.shown.size <= REMEMBERED_CALLS) break;
      this.shown.delete(oldest);
      this.lone.delete(oldest);
      for (const key of this.reads.keys()) if (key.startsWith(`${oldest} `)) this.reads.delete(key);
    }
  }

  private later(work: () => Promise<void>, ms: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void work();
    }, ms);
    this.timers.add(timer);
  }
}
