/**
 * What the agent typed or pasted, made into the E.164 number the desk calls, read the same way
 * the screen-pop reads incoming numbers. Anything that is not a phone number is refused here,
 * before a single SIP message leaves, with a message the agent can read.
 */
import type { CallerNumber } from '../../shared/contract/call-basics.js';
import { ContractFailure } from '../../shared/contract/result.js';
import { normaliseCallerNumber } from '../screenpop/caller-number.js';

export type DialledNumber = CallerNumber & { e164: string };

export function numberToDial(typed: string, defaultRegion: string): DialledNumber {
  if (typed.trim() === '') throw new ContractFailure('emptyNumber', 'phone.errors.emptyNumber');
  const number = normaliseCallerNumber(typed, defaultRegion);
  if (number.e164 === null) throw new ContractFailure('invalidNumber', 'phone.errors.invalidNumber');
  return { e164: number.e164, display: number.display };
}
