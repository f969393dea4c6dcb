/**
 * The whole demo data set as a stream of batches, in an order the database accepts (every row
 * refers only to rows of its own or an earlier batch): the organisation, the fixed people, the
 * register in batches of citizens, then the history day by day. Nothing but the name and
 * identity-number registers is kept between batches, so a large data set streams in little memory.
 */
import { dayBatch, planHistory, type History } from './activity.js';
import { isoDate, localInstant, toDay, type IsoDate } from './calendar.js';
import type { DemoBatch } from './demo-data.js';
import { fixedNumbers } from './demo-callers.js';
import { NumberPlan } from './fictional-numbers.js';
import { NameBook } from './name-book.js';
import { Population } from './population.js';
import { Register } from './register.js';
import { generateWorld } from './world.js';

export interface DemoDataOptions {
  seed?: number;
  /** Citizens in total, the fixed demo callers included. */
  citizens?: number;
  /** The data set's "today": decisions, invoices, the on-call week and the local deviation are dated around it. */
  today?: IsoDate;
  /** Days of history (calls, cases, states) up to the day before today; 0 for none. */
  historyDays?: number;
  /** Calls offered on an average day; by default 2,200 per 100,000 citizens (the Stockholm proposal's volume). */
  callsPerDay?: number;
  /** Cases over the whole history; by default 1.25 per call offered: answered calls, plus letters, e-mails and "My pages". */
  cases?: number;
  /** Citizens per register batch. */
  batchSize?: number;
}

export const DEFAULT_DEMO_SEED = 2008;
export const DEFAULT_DEMO_CITIZENS = 2000;
/** A fixed "today", so the same options give the same data on any day; the desk passes the real date. */
export const DEFAULT_DEMO_TODAY: IsoDate = '2026-03-02';
export const DEFAULT_HISTORY_DAYS = 28;
const CALLS_PER_CITIZEN_AND_DAY = 2200 / 100_000;
const DEFAULT_BATCH = 1000;

export interface DatasetPlan {
  seed: number;
  citizens: number;
  today: IsoDate;
  history: History;
}

export function planDataset(options: DemoDataOptions = {}): DatasetPlan {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const citizens = options.citizens ?? DEFAULT_DEMO_CITIZENS;
  const today = toDay(options.today ?? DEFAULT_DEMO_TODAY);
  const days = options.historyDays ?? DEFAULT_HISTORY_DAYS;
  const calls = options.callsPerDay ?? Math.round(citizens * CALLS_PER_CITIZEN_AND_DAY);
  return { seed, citizens, today: isoDate(today), history: planHistory(seed, today - days, days, calls, options.cases) };
}

export function* generateDataset(options: DemoDataOptions = {}): Generator<DemoBatch> {
  const plan = planDataset(options);
  const { seed } = plan;
  const today = toDay(plan.today);
  const batchSize = Math.max(2, Math.floor((options.batchSize ?? DEFAULT_BATCH) / 2) * 2);
  const numbers = new NumberPlan(fixedNumbers);
  const names = new NameBook();
  const world = generateWorld(seed, today, names, numbers);
  const population = new Population(seed, plan.citizens, world, numbers);
  const { districts, careManagers, providers, handlerGroups, teams, agents, knowledgeArticles, knowledgeRevisions, knowledgeCaseTypes, oncallShifts } = world;
  yield { districts, careManagers, providers, handlerGroups, teams, agents, knowledgeArticles, knowledgeRevisions, knowledgeCaseTypes, oncallShifts };

  const register = new Register(seed, today, world, population, names, numbers);
  yield register.fixedBatch();
  for (const municipality of ['Stockholm', 'Aarhus'] as const) {
    const count = population.count(municipality);
    for (let from = 0; from < count; from += batchSize) yield register.batch(municipality, from, Math.min(count, from + batchSize));
  }

  const fixed = population.fixedSketches();
  const endMs = localInstant(today, 0);
  // Cases a day could not register (no level 2 on duty for the post) move on to the next day.
  let carry = 0;
  for (let offset = 0; offset < plan.history.callsPerDay.length; offset += 1) {
    const day = plan.history.firstDay + offset;
    const quota = (plan.history.casesPerDay[offset] ?? 0) + carry;
    const lastDay = offset === plan.history.callsPerDay.length - 1;
    const result = dayBatch({ seed, day, world, population, fixed, numbers }, plan.history.callsPerDay[offset] ?? 0, quota, endMs, lastDay);
    carry = quota - result.cases;
    yield result.batch;
  }
}
