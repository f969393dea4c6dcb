import { describe, expect, it } from 'vitest';
import { isoDate, localDay, localInstant, nextWorkingDay, weekday } from './calendar.js';
import { generateDataset } from './dataset.js';
import { generateDemoData } from './generate-demo-data.js';
import { caseClassShares, caseTypeVolumes } from './taxonomy.js';

// Three weeks at the Stockholm proposal's full volume: enough calls for shares to settle.
const options = { citizens: 5000, historyDays: 21, callsPerDay: 2200, cases: 60_000 };
const data = generateDemoData(options);
const ms = (iso: string) => Date.parse(iso);
const share = (part: number, whole: number) => part / whole;
const localHour = (iso: string) => Math.floor((ms(iso) - localInstant(localDay(ms(iso)), 0)) / 3_600_000);

describe('generated history', () => {
  const calls = data.callRecords;
  const answered = calls.filter((c) => c.answeredAt !== null);

  it('offers about 2,200 calls a day, most on Mondays and fewest on Sundays, with a morning peak', () => {
    expect(calls.length / 21).toBeGreaterThan(2100);
    expect(calls.length / 21).toBeLessThan(2300);
    const byWeekday = [0, 0, 0, 0, 0, 0, 0];
    for (const c of calls) byWeekday[weekday(localDay(ms(c.offeredAt)))]! += 1;
    expect(byWeekday[0]).toBe(Math.max(...byWeekday));
    expect(byWeekday[6]).toBe(Math.min(...byWeekday));
    const weekdayCalls = calls.filter((c) => weekday(localDay(ms(c.offeredAt))) < 5);
    const morning = weekdayCalls.filter((c) => localHour(c.offeredAt) < 10).length;
    const afternoon = weekdayCalls.filter((c) => localHour(c.offeredAt) >= 15).length;
    expect(morning).toBeGreaterThan(2 * afternoon);
    expect(weekdayCalls.every((c) => localHour(c.offeredAt) >= 8 && localHour(c.offeredAt) < 17)).toBe(true);
  });

  it('answers 80-90 % of calls, most within the 2-minute target, and talks about 4 minutes', () => {
    expect(share(answered.length, calls.length)).toBeGreaterThan(0.8);
    expect(share(answered.length, calls.length)).toBeLessThan(0.9);
    const withinTarget = answered.filter((c) => ms(c.answeredAt ?? '') - ms(c.offeredAt) <= 120_000).length;
    expect(share(withinTarget, answered.length)).toBeGreaterThan(0.7);
    expect(share(withinTarget, answered.length)).toBeLessThan(0.95);
    const talk = answered.reduce((sum, c) => sum + ms(c.endedAt) - ms(c.answeredAt ?? ''), 0) / answered.length;
    expect(talk / 1000).toBeGreaterThan(210);
    expect(talk / 1000).toBeLessThan(270);
    const agents = new Set(data.agents.map((a) => a.sipUser));
    expect(answered.every((c) => c.answeredBy !== null && agents.has(c.answeredBy))).toBe(true);
    expect(calls.filter((c) => c.answeredAt === null).every((c) => c.outcome === 'abandoned' && c.answeredBy === null)).toBe(true);
  });

  it('transfers a few answered calls, to care managers or the urgent on-call mobile', () => {
    const byId = new Map(calls.map((c) => [c.id, c]));
    expect(share(data.callTransfers.length, answered.length)).toBeGreaterThan(0.03);
    expect(share(data.callTransfers.length, answered.length)).toBeLessThan(0.09);
    const oncall = new Set(data.districts.map((d) => d.oncallNumber));
    const urgent = data.callTransfers.filter((t) => t.kind === 'urgent_oncall');
    expect(urgent.length).toBeGreaterThan(0);
    expect(urgent.every((t) => oncall.has(t.targetNumber))).toBe(true);
    for (const t of data.callTransfers) {
      const call = byId.get(t.callRecordId);
      expect(call?.answeredAt).not.toBeNull();
      expect(call?.outcome).toBe(t.outcome === 'accepted' ? 'transferred' : 'answered');
    }
  });

  it('registers exactly the cases asked for, a case per answered call and the rest from the post', () => {
    expect(data.cases).toHaveLength(60_000);
    const callIds = new Map(answered.map((c) => [c.callId, c]));
    const phone = data.cases.filter((c) => c.callId !== null);
    expect(phone.length).toBe(answered.length);
    for (const c of phone) {
      const call = callIds.get(c.callId ?? '');
      expect(c.createdBy).toBe(call?.answeredBy);
      expect(ms(c.createdAt)).toBeGreaterThan(ms(call?.endedAt ?? ''));
    }
  });

  it("follows the pilot's case types and classes, and settles 70 % at first contact", () => {
    const total = data.cases.length;
    const volumes = caseTypeVolumes.reduce((sum, [, volume]) => sum + volume, 0);
    for (const [code, volume] of caseTypeVolumes) {
      expect(share(data.cases.filter((c) => c.caseTypeCode === code).length, total), code).toBeCloseTo(volume / volumes, 2);
    }
    for (const [code, percent] of caseClassShares) {
      expect(share(data.cases.filter((c) => c.caseClassCode === code).length, total), code).toBeCloseTo(percent / 100, 2);
    }
    expect(share(data.cases.filter((c) => c.resolvedAtFirstContact).length, total)).toBeCloseTo(0.7, 2);
  });

  it('gives every case not settled on the phone a feedback channel and the next working day as due date', () => {
    const open = data.cases.filter((c) => !c.resolvedAtFirstContact);
    for (const c of open) {
      expect(c.feedbackChannelCode).not.toBeNull();
      expect(c.dueDate).toBe(isoDate(nextWorkingDay(localDay(ms(c.createdAt)))));
    }
    expect(data.cases.filter((c) => c.resolvedAtFirstContact).every((c) => c.status !== 'open' && c.dueDate === null)).toBe(true);
    // Feedback due long before the end of the history has been given; the last days' may still be open.
    const early = open.filter((c) => (c.dueDate ?? '') < '2026-02-20');
    expect(share(early.filter((c) => c.status !== 'open').length, early.length)).toBeGreaterThan(0.97);
    expect(open.some((c) => c.status === 'open')).toBe(true);
  });

  it('keeps each case history in order and in step with its status', () => {
    const events = new Map<string, typeof data.caseEvents>();
    for (const e of data.caseEvents) events.set(e.caseId, [...(events.get(e.caseId) ?? []), e]);
    for (const c of data.cases.slice(0, 5000)) {
      const history = events.get(c.id) ?? [];
      expect(history[0]?.kind).toBe('created');
      const changes = history.filter((e) => e.kind === 'status_changed');
      expect(changes.at(-1)?.statusTo ?? history[0]?.statusTo).toBe(c.status);
      expect(history.every((e) => e.at >= c.createdAt && e.at <= c.updatedAt)).toBe(true);
    }
  });

  it("logs each working agent's day from ready to offline", () => {
    const days = new Map<string, string[]>();
    for (const s of data.agentStates) days.set(`${s.sipUser}:${localDay(ms(s.at))}`, [...(days.get(`${s.sipUser}:${localDay(ms(s.at))}`) ?? []), s.state]);
    expect(days.size).toBeGreaterThan(21 * 15);
    for (const states of days.values()) {
      expect(states[0]).toBe('ready');
      expect(states.at(-1)).toBe('offline');
    }
  });

  it("makes a day's calls the same whatever history surrounds it, and batches do not change the data", () => {
    const day = '2026-02-24';
    const callsOn = (history: number) => generateDemoData({ ...options, historyDays: history, cases: undefined }).callRecords.filter((c) => isoDate(localDay(ms(c.offeredAt))) === day);
    expect(callsOn(7)).toEqual(calls.filter((c) => isoDate(localDay(ms(c.offeredAt))) === day));
    const small = [...generateDataset({ citizens: 300, historyDays: 2, batchSize: 64 })].flatMap((batch) => batch.citizens ?? []);
    const large = [...generateDataset({ citizens: 300, historyDays: 2, batchSize: 1000 })].flatMap((batch) => batch.citizens ?? []);
    expect(small).toEqual(large);
  });
});
