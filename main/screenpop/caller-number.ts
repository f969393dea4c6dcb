/**
 * Turns whatever number the network gives us into the E.164 form the citizen register is keyed
 * on, and into the form an agent reads aloud. Numbers without a country code are read in the
 * desk's home region (settings: phoneNumbers.defaultRegion).
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { CallerNumber } from '../../shared/contract/call-basics.js';

/** The longest number a person could read; anything longer is not a phone number. */
const MAX_DIGITS = 20;

export function normaliseCallerNumber(raw: string | null, defaultRegion: string): CallerNumber {
  const cleaned = raw === null ? '' : cleanDialString(raw);
  if (cleaned === '') return { e164: null, display: '' };
  const parsed = parsePhoneNumberFromString(cleaned, defaultRegion as CountryCode);
  if (!parsed || !parsed.isPossible()) return { e164: null, display: cleaned };
  // A number the plan does not know (possible, not valid) has no national form worth the name:
  // libphonenumber would drop the trunk prefix and print bare digits nobody could dial back.
  const display = parsed.isValid() && parsed.country === defaultRegion ? parsed.formatNational() : parsed.formatInternational();
  return { e164: parsed.number, display };
}

/**
 * Keeps what a dial string may hold. Gateways write international numbers as "+46…", "0046…" or
 * "46…" with the trunk's own habits; visual separators and anything past 20 digits go.
 */
function cleanDialString(raw: string): string {
  const trimmed = raw.trim();
  const plus = trimmed.startsWith('+');
  const digits = trimmed.replace(/[^0-9]/g, '');
  if (digits === '' || digits.length > MAX_DIGITS || /[^0-9+\s().\-/]/.test(trimmed)) return '';
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  return plus ? `+${digits}` : digits;
}
