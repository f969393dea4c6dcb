/**
 * Days and times for dated demo rows: days are counted from 1970-01-01 so arithmetic stays exact,
 * and office hours are Swedish and Danish civil time (CET, CEST in summer) turned into instants.
 * Weekends are the only days off: public holidays are not modelled.
 */

/** "YYYY-MM-DD" */
export type IsoDate = string;

export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export function toDay(date: IsoDate): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`${date} is not a date (YYYY-MM-DD)`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

const dates = new Map<number, IsoDate>();

/** Cached: a data set names the same few hundred days millions of times. */
export function isoDate(day: number): IsoDate {
  let date = dates.get(day);
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    dates.set(day, date);
  }
  return date;
}

/** Monday 0 … Sunday 6. */
export function weekday(day: number): number {
  return (day + 3) % 7;
}

export function isWorkingDay(day: number): boolean {
  return weekday(day) < 5;
}

/** When feedback promised "by the next working day" is due. */
export function nextWorkingDay(day: number): number {
  let next = day + 1;
  while (!isWorkingDay(next)) next += 1;
  return next;
}

export function mondayOf(day: number): number {
  return day - weekday(day);
}

/** The first day of the month `offset` months after the month of `day` (negative: before). */
export function monthStart(day: number, offset = 0): number {
  const date = new Date(day * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1) / DAY_MS;
}

export function monthEnd(day: number): number {
  return monthStart(day, 1) - 1;
}

/** EU summer time: from the last Sunday of March to the last Sunday of October, 01:00 UTC. */
function summerTime(utcMs: number): boolean {
  const year = new Date(utcMs).getUTCFullYear();
  const lastSunday = (month: number) => {
    const last = Date.UTC(year, month + 1, 0) / DAY_MS;
    return last - ((weekday(last) + 1) % 7);
  };
  const starts = lastSunday(2) * DAY_MS + HOUR_MS;
  const ends = lastSunday(9) * DAY_MS + HOUR_MS;
  return utcMs >= starts && utcMs < ends;
}

/** The instant (ms since the epoch) of `secondsOfDay` local time in Stockholm or Aarhus on `day`. */
export function localInstant(day: number, secondsOfDay: number): number {
  const asIfWinter = day * DAY_MS + secondsOfDay * 1000 - HOUR_MS;
  return summerTime(asIfWinter) ? asIfWinter - HOUR_MS : asIfWinter;
}

/** The local day an instant falls on. */
export function localDay(utcMs: number): number {
  return Math.floor((utcMs + (summerTime(utcMs) ? 2 : 1) * HOUR_MS) / DAY_MS);
}

export function isoInstant(utcMs: number): string {
  return new Date(utcMs).toISOString();
}
