/**
 * The contact centre's history day by day: how many calls each day brings (Monday heaviest,
 * weekends light, an average of `callsPerDay`), the cases they and the post bring, and each day's
 * shifts, states, broadcasts and audit. A day's rows depend only on the seed and the day.
 */
import type { DemoBatch } from './demo-data.js';
import { callsOfDay, type DayContext } from './call-day.js';
import { weekday } from './calendar.js';
import { casesOfDay } from './case-day.js';
import { auditOfDay, broadcastsOfDay } from './notices.js';
import { rowRandom } from './prng.js';
import { shiftsOf, stateLogOf } from './staffing.js';

/** Monday … Sunday, relative to an average day. */
const weekdayLoad = [1.15, 1.05, 1.0, 0.95, 0.85, 0.45, 0.4].map((load, _, all) => (load * all.length) / all.reduce((a, b) => a + b, 0));

export interface History {
  firstDay: number;
  /** Calls offered on each day from `firstDay` on. */
  callsPerDay: readonly number[];
  /** Cases each day should bring, adding up exactly to the cases asked for. */
  casesPerDay: readonly number[];
}

export function planHistory(seed: number, firstDay: number, days: number, averageCalls: number, totalCases: number | undefined): History {
  const callsPerDay: number[] = [];
  for (let offset = 0; offset < days; offset += 1) {
    const day = firstDay + offset;
    const noise = 0.92 + 0.16 * rowRandom(seed, 'day', day).next();
    callsPerDay.push(Math.round(averageCalls * (weekdayLoad[weekday(day)] ?? 1) * noise));
  }
  const calls = callsPerDay.reduce((a, b) => a + b, 0);
  const cases = totalCases ?? Math.round(calls * 1.25);
  const casesPerDay: number[] = [];
  let before = 0;
  let cumulative = 0;
  for (const count of callsPerDay) {
    cumulative += count;
    const upTo = calls === 0 ? 0 : Math.floor((cases * cumulative) / calls);
    casesPerDay.push(upTo - before);
    before = upTo;
  }
  return { firstDay, callsPerDay, casesPerDay };
}

/** Returns how many of the `cases` asked for the day registered: none from the post without level 2 on duty. */
export function dayBatch(context: Omit<DayContext, 'shifts'>, calls: number, cases: number, endMs: number, lastDay: boolean): { batch: DemoBatch; cases: number } {
  const shifts = shiftsOf(context.seed, context.day, context.world);
  const full: DayContext = { ...context, shifts };
  const { callRecords, callTransfers, answered } = callsOfDay(full, calls);
  const registered = casesOfDay(full, answered, cases, endMs);
  return {
    batch: {
      callRecords,
      callTransfers,
      cases: registered.cases,
      caseEvents: registered.caseEvents,
      agentStates: stateLogOf(context.seed, context.day, shifts),
      broadcasts: broadcastsOfDay(full, lastDay),
      auditLog: auditOfDay(full, calls),
    },
    cases: registered.cases.length,
  };
}
