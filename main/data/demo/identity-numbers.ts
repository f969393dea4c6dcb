/**
 * Personal identity numbers that cannot belong to anyone, yet carry a plausible birth date.
 *
 * Sweden (12 digits, YYYYMMDD + birth number + check digit): the check digit is deliberately
 * wrong, the correct Luhn digit plus 5 (mod 10). Every real personnummer and samordningsnummer
 * passes the Luhn check, so none of these is anyone's. Skatteverket's published test numbers
 * would also be safe, but they are a fixed list of about 20,000 with hardly any birth years of
 * today's elderly (1920-1960), far too few for a register of 80,000.
 *
 * Denmark (10 digits, DDMMYY + serial): the CPR office's own construction for numbers that cannot
 * be confused with real ones (cpr.dk, "erstatningspersonnummer"): the first digit of the day is
 * raised by 6, so day 7 reads 67. No real CPR number has a day above 31. The modulus-11 check is
 * no help: the CPR office has issued numbers without it since 2007.
 *
 * The last digit of the birth number (Sweden) or serial (Denmark) is odd for men, even for women,
 * as in real numbers.
 */
import type { Municipality } from './districts.js';
import { luhnCheckDigit } from './luhn.js';
import type { Random } from './prng.js';

export type Gender = 'female' | 'male';

/** Added to the correct Luhn digit, so the Swedish check always fails. */
const SWEDISH_CHECK_OFFSET = 5;
/** Added to the day of a Danish number (the CPR office's "first digit + 6"). */
const DANISH_DAY_OFFSET = 60;

export interface BirthDate {
  year: number;
  month: number;
  day: number;
}

const two = (n: number) => String(n).padStart(2, '0');

function withParity(random: Random, below: number, gender: Gender): number {
  const even = 2 * random.below(Math.floor(below / 2));
  return gender === 'male' ? even + 1 : even;
}

/** YYYYMMDD NNN C with the check digit never right; the birth number NNN is 002-999. */
export function fictionalPersonnummer(birth: BirthDate, random: Random, gender: Gender): string {
  const birthNumber = 2 + withParity(random, 998, gender);
  const body = `${String(birth.year).slice(2)}${two(birth.month)}${two(birth.day)}${String(birthNumber).padStart(3, '0')}`;
  const check = (luhnCheckDigit(body) + SWEDISH_CHECK_OFFSET) % 10;
  return `${String(birth.year).slice(0, 2)}${body}${check}`;
}

/** (DD+60) MM YY SSSS; the serial's first digit is 0-3, which the CPR table reads as born 1900-1999. */
export function fictionalCprNumber(birth: BirthDate, random: Random, gender: Gender): string {
  if (birth.year < 1900 || birth.year > 1999) throw new RangeError('the demo CPR numbers cover births in 1900-1999');
  const serial = withParity(random, 4000, gender);
  return `${two(birth.day + DANISH_DAY_OFFSET)}${two(birth.month)}${two(birth.year % 100)}${String(serial).padStart(4, '0')}`;
}

export function fictionalIdentityNumber(municipality: Municipality, birth: BirthDate, random: Random, gender: Gender): string {
  return municipality === 'Stockholm' ? fictionalPersonnummer(birth, random, gender) : fictionalCprNumber(birth, random, gender);
}

/** True for the demo's numbers only: a Swedish one whose Luhn check fails, or a Danish one with day 61-91. */
export function isFictionalIdentityNumber(number: string): boolean {
  if (/^[0-9]{12}$/.test(number)) {
    return (luhnCheckDigit(number.slice(2, 11)) + SWEDISH_CHECK_OFFSET) % 10 === Number(number[11]);
  }
  if (/^[0-9]{10}$/.test(number)) {
    const day = Number(number.slice(0, 2));
    return day >= 1 + DANISH_DAY_OFFSET && day <= 31 + DANISH_DAY_OFFSET;
  }
  return false;
}
