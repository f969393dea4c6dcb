import { describe, expect, it } from 'vitest';
import { luhnValid, normaliseIdentityNumber } from './identity-number.js';

describe('normaliseIdentityNumber', () => {
  it('accepts Swedish personnummer with or without separators and keeps 12 digits', () => {
    expect(normaliseIdentityNumber('19121212-1212')).toBe('191212121212');
    expect(normaliseIdentityNumber('193402151231')).toBe('193402151231');
    expect(normaliseIdentityNumber('1912 1212 1212')).toBe('191212121212');
  });

  it('refuses a wrong check digit, an impossible date and the wrong length', () => {
    expect(normaliseIdentityNumber('19121212-1213')).toBeNull();
    expect(normaliseIdentityNumber('19380230-1236')).toBeNull();
    expect(normaliseIdentityNumber('1912121212123')).toBeNull();
    expect(normaliseIdentityNumber('19121212-121X')).toBeNull();
  });

  it('accepts a samordningsnummer (day + 60)', () => {
    // 1934-02-75 = 15 February, coordination number; check digit computed for 3402751234.
    const digits = '34027512' + '3';
    const check = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].find((d) => luhnValid(`${digits}${d}`));
    expect(normaliseIdentityNumber(`19${digits}${check}`)).toBe(`19${digits}${check}`);
  });

  it('accepts Danish CPR numbers whose date is real, using the serial for the century', () => {
    expect(normaliseIdentityNumber('010138-1234')).toBe('0101381234');
    // 29 February 2000 exists: serial 4xxx with year 00 is in the 2000s.
    expect(normaliseIdentityNumber('290200-4123')).toBe('2902004123');
    // 29 February 1900 does not: serial 0xxx puts year 00 in the 1900s.
    expect(normaliseIdentityNumber('290200-0123')).toBeNull();
    expect(normaliseIdentityNumber('3201381234')).toBeNull();
  });
});
