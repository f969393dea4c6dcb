/**
 * When a case left open at first contact is due: feedback by the next working day (the seeds'
 * rule), from the office's own calendar - weekends, the country's public holidays and the days
 * its offices close by custom (Sweden's midsummer, Christmas and New Year's eves) - and its
 * closing time: a case registered after the office closed, or on a day it is shut, counts as
 * received on the next working day, and is due the working day after that.
 */
import Holidays from 'date-holidays';

export interface OfficeCalendar {
  /** ISO 3166 country whose holidays close the office: SE or DK. */
  region: 'SE' | 'DK';
  /** The office's time zone, e.g. Europe/Stockholm. */
  timeZone: string;
  /** Closing time, "HH:MM" in the office's time zone. */
  closesAt: string;
}

/** date-holidays' types for days offices are shut: public holidays, and customary ones ("bank"). */
const CLOSED_TYPES = new Set(['public', 'bank']);
const DAY_MS = 86_400_000;

/** Built once per country: date-holidays parses its rule set on construction. */
const calendars = new Map<OfficeCalendar['region'], Holidays>();

/** The due date, "YYYY-MM-DD" in the office's calendar. */
export function feedbackDueDate(registeredAt: Date, calendar: OfficeCalendar): string {
  const holidays = calendars.get(calendar.region) ?? calendars.set(calendar.region, new Holidays(calendar.region)).get(calendar.region)!;
  const working = (day: string) => isWorkingDay(day, holidays);
  const local = localDateTime(registeredAt, calendar.timeZone);
  const received = working(local.date) && local.time < calendar.closesAt ? local.date : nextWorkingDay(local.date, working);
  return nextWorkingDay(received, working);
}

function nextWorkingDay(day: string, working: (day: string) => boolean): string {
  let next = addDays(day, 1);
  while (!working(next)) next = addDays(next, 1);
  return next;
}

function isWorkingDay(day: string, holidays: Holidays): boolean {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const found = holidays.isHoliday(new Date(`${day}T12:00:00Z`));
  return !(found && found.some((holiday) => CLOSED_TYPES.has(holiday.type)));
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function localDateTime(at: Date, timeZone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts['year']}-${parts['month']}-${parts['day']}`, time: `${parts['hour']}:${parts['minute']}` };
}
