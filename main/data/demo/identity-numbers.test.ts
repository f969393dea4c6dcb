import { describe, expect, it } from 'vitest';
import { generateDemoData } from './generate-demo-data.js';
import { fictionalCprNumber, fictionalPersonnummer, isFictionalIdentityNumber } from './identity-numbers.js';
import { luhnCheckDigit, passesLuhn } from './luhn.js';
import { seededRandom } from './prng.js';

/** The Luhn check written out independently: weights 2,1,2,… from the left over the last ten digits. */
function swedishCheckPasses(twelve: string): boolean {
  const sum = [...twelve.slice(2)].reduce((total, char, index) => {
    const product = Number(char) * (index % 2 === 0 ? 2 : 1);
    return total + (product > 9 ? product - 9 : product);
  }, 0);
  return sum % 10 === 0;
}

const isDate = (year: number, month: number, day: number) => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

describe('Luhn', () => {
  it("computes Skatteverket's worked example and the check of an OCR reference", () => {
    // Skatteverket's worked example: 640823-323 gets the check digit 4.
    expect(luhnCheckDigit('640823323')).toBe(4);
    expect(passesLuhn('6408233234')).toBe(true);
    expect(passesLuhn('6408233235')).toBe(false);
  });
});

describe('fictional identity numbers', () => {
  const random = seededRandom(1);

  it('gives Swedish numbers a real birth date and a check digit that is always wrong', () => {
    for (let n = 0; n < 2000; n += 1) {
      const number = fictionalPersonnummer({ year: 1920 + (n % 40), month: 1 + (n % 12), day: 1 + (n % 28) }, random, n % 2 ? 'male' : 'female');
      expect(number).toMatch(/^(19)\d{10}$/);
      expect(isDate(Number(number.slice(0, 4)), Number(number.slice(4, 6)), Number(number.slice(6, 8)))).toBe(true);
      expect(swedishCheckPasses(number), number).toBe(false);
      // Birth number odd for men, even for women, as in real numbers.
      expect(Number(number[10]) % 2).toBe(n % 2);
      expect(isFictionalIdentityNumber(number)).toBe(true);
    }
  });

  it("gives Danish numbers the CPR office's replacement form: day plus 60, a serial read as born in the 1900s", () => {
    for (let n = 0; n < 2000; n += 1) {
      const number = fictionalCprNumber({ year: 1920 + (n % 40), month: 1 + (n % 12), day: 1 + (n % 28) }, random, n % 2 ? 'male' : 'female');
      expect(number).toMatch(/^\d{10}$/);
      const day = Number(number.slice(0, 2));
      expect(day).toBeGreaterThanOrEqual(61);
      expect(day).toBeLessThanOrEqual(91);
      expect(Number(number[6])).toBeLessThanOrEqual(3);
      expect(Number(number[9]) % 2).toBe(n % 2);
      expect(isFictionalIdentityNumber(number)).toBe(true);
    }
    expect(() => fictionalCprNumber({ year: 2001, month: 1, day: 1 }, random, 'female')).toThrow(RangeError);
  });

  it('tells real-looking numbers from the demo series', () => {
    expect(isFictionalIdentityNumber('196408233234')).toBe(false);
    expect(isFictionalIdentityNumber('0708451234')).toBe(false);
  });

  it('gives every demo citizen a unique fictional number whose birth date makes them 65 to 103 years old', () => {
    const data = generateDemoData({ citizens: 3000, historyDays: 0 });
    const numbers = data.identityNumbers.map((row) => row.personalIdentityNumber);
    expect(new Set(numbers).size).toBe(3000);
    expect(numbers.filter((number) => !isFictionalIdentityNumber(number))).toEqual([]);
    const years = numbers.map((number) => (number.length === 12 ? Number(number.slice(0, 4)) : 1900 + Number(number.slice(4, 6))));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(2026 - 103);
    expect(Math.max(...years)).toBeLessThanOrEqual(2026 - 65);
    const municipality = new Map(data.districts.map((d) => [d.id, d.municipality]));
    for (const citizen of data.citizens) {
      const number = numbers[data.identityNumbers.findIndex((row) => row.citizenId === citizen.id)] ?? '';
      expect(number.length).toBe(municipality.get(citizen.districtId) === 'Stockholm' ? 12 : 10);
    }
  });
});
