/** Feedback by the next working day, in Stockholm's and Aarhus' calendars. */
import { describe, expect, it } from 'vitest';
import { feedbackDueDate, type OfficeCalendar } from './feedback-due.js';

const stockholm: OfficeCalendar = { region: 'SE', timeZone: 'Europe/Stockholm', closesAt: '16:30' };
const aarhus: OfficeCalendar = { region: 'DK', timeZone: 'Europe/Copenhagen', closesAt: '15:00' };
const at = (iso: string) => new Date(iso);

describe('feedbackDueDate', () => {
  it('is the next day on an ordinary weekday', () => {
    expect(feedbackDueDate(at('2026-11-24T09:15:00+01:00'), stockholm)).toBe('2026-11-25');
  });

  it('skips the weekend from a Friday', () => {
    expect(feedbackDueDate(at('2026-11-27T10:00:00+01:00'), stockholm)).toBe('2026-11-30');
  });

  it('skips a weekend and a Swedish public holiday (Ascension Day, Thursday 14 May 2026)', () => {
    expect(feedbackDueDate(at('2026-05-13T10:00:00+02:00'), stockholm)).toBe('2026-05-15');
    // Friday 5 June -> Saturday 6 June is National Day, Monday 8 June is open.
    expect(feedbackDueDate(at('2026-06-05T10:00:00+02:00'), stockholm)).toBe('2026-06-08');
  });

  it('treats Midsummer Eve as closed in Sweden, as the offices are', () => {
    expect(feedbackDueDate(at('2026-06-18T10:00:00+02:00'), stockholm)).toBe('2026-06-22');
  });

  it('counts Easter in Denmark from Maundy Thursday, which is a Danish holiday and not a Swedish one', () => {
    expect(feedbackDueDate(at('2026-04-01T10:00:00+02:00'), aarhus)).toBe('2026-04-07');
    expect(feedbackDueDate(at('2026-04-01T10:00:00+02:00'), stockholm)).toBe('2026-04-02');
  });

  it('counts a case registered after closing, or on a closed day, as received on the next working day', () => {
    expect(feedbackDueDate(at('2026-11-24T16:45:00+01:00'), stockholm)).toBe('2026-11-26');
    expect(feedbackDueDate(at('2026-11-28T11:00:00+01:00'), stockholm)).toBe('2026-12-01');
  });

  it('reads the closing time in the office\'s own time zone, not the machine\'s', () => {
    // 14:30 UTC is 15:30 in Copenhagen: after Aarhus closed at 15:00.
    expect(feedbackDueDate(at('2026-11-24T14:30:00Z'), aarhus)).toBe('2026-11-26');
  });
});
