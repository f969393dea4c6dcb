/**
 * Personal identity numbers of both municipalities: the Swedish personnummer (12 digits, the
 * last 10 with a Luhn check digit; samordningsnummer add 60 to the day) and the Danish CPR
 * number (10 digits, DDMMYY plus a serial whose first digit fixes the century; no modulus-11
 * check, as Denmark dropped it in 2007). Only digits are kept, and no function here ever puts
 * the number into a message.
 */
import { isCalendarDate } from './field-rules.js';

/** Digits only when the number is valid, otherwise null; separators "-" and "+" and spaces are dropped. */
export function normaliseIdentityNumber(text: string): string | null {
  if (!/^[0-9 +-]+$/.test(text)) return null;
  const digits = text.replace(/[ +-]/g, '');
  if (digits.length === 12) return isSwedish(digits) ? digits : null;
  if (digits.length === 10) return isDanish(digits) ? digits : null;
  return null;
}

function isSwedish(digits: string): boolean {
  const year = Number(digits.slice(0, 4));
  const month = Number(digits.slice(4, 6));
  const rawDay = Number(digits.slice(6, 8));
  const day = rawDay > 60 ? rawDay - 60 : rawDay;
  return year >= 1850 && isCalendarDate(year, month, day) && luhnValid(digits.slice(2));
}

/** Luhn over the 10 digits YYMMDDNNNC: doubling every other digit from the left. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[index]) * (index % 2 === 0 ? 2 : 1);
    if (digit > 9) digit -= 9;
    sum += digit;
  }
  return sum % 10 === 0;
}

function isDanish(digits: string): boolean {
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  const century = danishCentury(Number(digits[6]), yy);
  return isCalendarDate(century + yy, month, day);
}

/** The CPR office's table: the 7th digit and the two-digit year together give the century. */
function danishCentury(serialStart: number, yy: number): number {
  if (serialStart <= 3) return 1900;
  if (serialStart === 4 || serialStart === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800;
}
