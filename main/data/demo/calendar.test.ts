import { describe, expect, it } from 'vitest';
import { isoDate, isoInstant, localDay, localInstant, monthEnd, monthStart, nextWorkingDay, toDay, weekday } from './calendar.js';

describe('calendar', () => {
  it('counts days exactly and knows the weekday', () => {
    expect(isoDate(toDay('2026-03-02'))).toBe('2026-03-02');
    expect(weekday(toDay('2026-03-02'))).toBe(0); // a Monday
    expect(weekday(toDay('2026-03-08'))).toBe(6);
  });

  it('makes feedback due the next working day: Friday and the weekend lead to Monday', () => {
    expect(isoDate(nextWorkingDay(toDay('2026-03-04')))).toBe('2026-03-05');
    for (const day of ['2026-03-06', '2026-03-07', '2026-03-08']) expect(isoDate(nextWorkingDay(toDay(day)))).toBe('2026-03-09');
  });

  it('turns Swedish and Danish office hours into instants, in winter and in summer time', () => {
    expect(isoInstant(localInstant(toDay('2026-01-15'), 8 * 3600))).toBe('2026-01-15T07:00:00.000Z');
    expect(isoInstant(localInstant(toDay('2026-07-15'), 8 * 3600))).toBe('2026-07-15T06:00:00.000Z');
    // Summer time starts on the last Sunday of March and ends on the last Sunday of October.
    expect(isoInstant(localInstant(toDay('2026-03-27'), 12 * 3600))).toBe('2026-03-27T11:00:00.000Z');
    expect(isoInstant(localInstant(toDay('2026-03-30'), 12 * 3600))).toBe('2026-03-30T10:00:00.000Z');
    expect(isoInstant(localInstant(toDay('2026-10-26'), 12 * 3600))).toBe('2026-10-26T11:00:00.000Z');
    expect(isoDate(localDay(Date.parse('2026-07-15T22:30:00Z')))).toBe('2026-07-16');
  });

  it('finds month boundaries', () => {
    expect(isoDate(monthStart(toDay('2026-03-17')))).toBe('2026-03-01');
    expect(isoDate(monthStart(toDay('2026-01-17'), -2))).toBe('2025-11-01');
    expect(isoDate(monthEnd(toDay('2028-02-03')))).toBe('2028-02-29');
  });
});
