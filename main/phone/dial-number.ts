/**
 * What the agent typed or pasted, made into what the desk calls: a colleague's extension or a
 * group on the phone server (the `phoneNumbers.internalPattern` setting, e.g. 1002 or 600), or
 * otherwise an E.164 number read the same way the screen-pop reads incoming numbers. Anything
 * else is refused here, before a single SIP message leaves, with a message the agent can read.
 */
import type { CallerNumber } from '../../shared/contract/call-basics.js';
import { ContractFailure } from '../../shared/contract/result.js';
import { normaliseCallerNumber } from '../screenpop/caller-number.js';

/** `target`: the SIP user called on the phone server's domain (the E.164 number, or the extension). */
export type DialledNumber = CallerNumber & { target: string };

export interface Numbering {
  /** Region for numbers written without a country code. */
  defaultRegion: string;
  /** A regular expression for the whole entry; empty when nothing is internal. */
  internalPattern: string;
}

export function numberToDial(typed: string, { defaultRegion, internalPattern }: Numbering): DialledNumber {
  const entry = typed.trim();
  if (entry === '') throw new ContractFailure('emptyNumber', 'phone.errors.emptyNumber');
  // Internal first: "600" or "1002" must reach the colleague, never a national short number.
  if (internalPattern !== '' && /^[0-9]+$/.test(entry) && new RegExp(internalPattern).test(entry)) {
    return { e164: null, display: entry, target: entry };
  }
  const number = normaliseCallerNumber(entry, defaultRegion);
  if (number.e164 === null) throw new ContractFailure('invalidNumber', 'phone.errors.invalidNumber');
  return { e164: number.e164, display: number.display, target: number.e164 };
}
