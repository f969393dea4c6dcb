/** Money, days, languages and invoice states as the card shows them. */
import { describe, expect, it } from 'vitest';
import { formatDay, formatMoney, invoiceState, languageName, localDay } from './caller-format.js';

describe('caller formats', () => {
  it('writes money with the currency the way each desk language does', () => {
    expect(formatMoney(2179.97, 'SEK', 'sv').replace(/\s/g, ' ')).toBe('2 179,97 kr');
    expect(formatMoney(2179.97, 'DKK', 'da').replace(/\s/g, ' ')).toBe('2.179,97 kr.');
    expect(formatMoney(2179.97, 'SEK', 'en').replace(/\s/g, ' ')).toBe('SEK 2,179.97');
  });

  it('writes a mirrored calendar day as that day, whatever the time zone', () => {
    expect(formatDay('2026-11-30', 'sv')).toBe('30 nov. 2026');
    expect(formatDay('2026-11-30', 'en')).toBe('Nov 30, 2026');
  });

  it('tells paid, unpaid and overdue apart by the local day', () => {
    expect(invoiceState({ paid: true, dueDate: '2020-01-31' }, '2026-11-25')).toBe('paid');
    expect(invoiceState({ paid: false, dueDate: '2026-11-25' }, '2026-11-25')).toBe('unpaid');
    expect(invoiceState({ paid: false, dueDate: '2026-11-24' }, '2026-11-25')).toBe('overdue');
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('names a preferred language in the desk language', () => {
    expect(languageName('fi', 'en')).toBe('Finnish');
    expect(languageName('sv', 'da')).toBe('svensk');
  });
});
