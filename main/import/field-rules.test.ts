import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { date, decimal, languageList, phoneNumber, Refusal, required, optional, text, timestamp, yesNo } from './field-rules.js';

const refused = (value: unknown) => (value instanceof Refusal ? value.reason : value);

describe('decimal', () => {
  const money = decimal({ decimals: 2, max: 100_000_000 });
  it('reads Swedish amounts with thousands spaces and a decimal comma, exactly', () => {
    expect(money('1 234,50')).toBe('1234.50');
    expect(money('1\u00a0234,5')).toBe('1234.5');
    expect(money('1234.50')).toBe('1234.50');
    expect(money(99.5)).toBe('99.5');
  });
  it('refuses what is not a plain amount', () => {
    expect(refused(money('1.234,50'))).toBe('must be a number such as 1 234,50');
    expect(refused(money('12,345'))).toBe('must have at most 2 decimals');
    expect(refused(money('-5,00'))).toBe('must not be negative');
    expect(refused(money('abc'))).toBe('must be a number such as 1 234,50');
    expect(decimal({ decimals: 2, max: 100, negative: true })('-5,00')).toBe('-5.00');
  });
});

describe('date', () => {
  it('accepts real YYYY-MM-DD dates only', () => {
    expect(date('2024-02-29')).toBe('2024-02-29');
    expect(refused(date('2025-02-29'))).toBe('is not a real calendar date');
    expect(refused(date('31/12/2025'))).toBe('must be a date written YYYY-MM-DD');
  });
});

describe('timestamp', () => {
  const stockholm = timestamp('Europe/Stockholm');
  it('reads local times in the zone, across a daylight-saving change', () => {
    expect(stockholm('2025-03-03 08:00')).toBe('2025-03-03T07:00:00.000Z');
    expect(stockholm('2025-03-30 01:00')).toBe('2025-03-30T00:00:00.000Z');
    expect(stockholm('2025-03-30 09:00')).toBe('2025-03-30T07:00:00.000Z');
    expect(stockholm('2025-07-01T12:30:15')).toBe('2025-07-01T10:30:15.000Z');
  });
  it('honours an explicit offset and refuses nonsense', () => {
    expect(stockholm('2025-03-03T08:00+01:00')).toBe('2025-03-03T07:00:00.000Z');
    expect(stockholm('2025-03-03T08:00Z')).toBe('2025-03-03T08:00:00.000Z');
    expect(stockholm('2025-03-03 24:00')).toBeInstanceOf(Refusal);
    expect(stockholm('2025-02-30 08:00')).toBeInstanceOf(Refusal);
  });
});

describe('other rules', () => {
  it('reads yes and no in Swedish, Danish and English', () => {
    expect(['ja', 'JA', 'yes', 'true', '1', true].map(yesNo)).toEqual([true, true, true, true, true, true]);
    expect(['nej', 'no', 'false', '0', false].map(yesNo)).toEqual([false, false, false, false, false]);
    expect(yesNo('kanske')).toBeInstanceOf(Refusal);
  });
  it('normalises phone numbers to E.164 in the given region', () => {
    expect(phoneNumber('SE')('070-174 06 05')).toBe('+46701740605');
    expect(phoneNumber('DK')('09 00 00 01')).toBe('+4509000001');
    expect(phoneNumber('SE')('+45 09 00 00 01')).toBe('+4509000001');
    expect(refused(phoneNumber('SE')('ring mig'))).toBe('is not a phone number');
  });
  it('reads language lists from text or JSON', () => {
    expect(languageList('sv, en|FI  ar')).toEqual(['sv', 'en', 'fi', 'ar']);
    expect(languageList(['da', 'en'])).toEqual(['da', 'en']);
    expect(languageList('svenska')).toBeInstanceOf(Refusal);
  });
  it('takes a JSON number as text', () => {
    expect(text()(1042)).toBe('1042');
    expect(refused(text(3)('abcd'))).toBe('must be at most 3 characters');
  });
});

describe('required and optional', () => {
  const schema = z.object({ a: required(yesNo), b: optional(yesNo) });
  it('refuse an absent required value, and turn an absent optional one into null', () => {
    expect(schema.safeParse({ a: 'ja', b: undefined })).toEqual({ success: true, data: { a: true, b: null } });
    expect(schema.safeParse({ a: undefined, b: 'x' }).error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['a'], 'is required'],
      [['b'], 'must be true or false (also yes/no, ja/nej, 1/0)'],
    ]);
  });
});
