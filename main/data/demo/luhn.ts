/**
 * The modulus-10 check digit with weights 2 and 1 from the right (Luhn): Swedish personnummer and
 * the OCR references of Swedish and Danish invoices both end with one.
 */

/** The digit that, appended to `digits`, makes the whole number pass the check. */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    // The rightmost digit of `digits` is next to the check digit, so it is doubled.
    const fromRight = digits.length - 1 - index;
    let digit = Number(digits[index]) * (fromRight % 2 === 0 ? 2 : 1);
    if (digit > 9) digit -= 9;
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

export function passesLuhn(number: string): boolean {
  return /^[0-9]{2,}$/.test(number) && luhnCheckDigit(number.slice(0, -1)) === Number(number.slice(-1));
}
