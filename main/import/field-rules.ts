/**
 * The value rules every kind's schema is built from, as zod schemas over what a file may hold
 * (text from CSV; text, numbers, booleans or lists from JSON). Each failure reads after the
 * column's name ("valid_to must be a date (YYYY-MM-DD)") and never repeats the value itself.
 */
import { z } from 'zod';
import { normaliseCallerNumber } from '../screenpop/caller-number.js';
import type { InputValue } from './input-rows.js';
import { parseLocalTimestamp } from './local-time.js';

/** Why a value was refused; a class so a rule can return it instead of throwing. */
export class Refusal {
  constructor(readonly reason: string) {}
}

export type ValueRule<T> = (value: Exclude<InputValue, undefined>) => T | Refusal;

/** An absent value is refused. */
export function required<T>(rule: ValueRule<T>) {
  return z.unknown().transform((value, ctx): T => {
    if (value === undefined) {
      ctx.addIssue({ code: 'custom', message: 'is required' });
      return z.NEVER;
    }
    return applyRule(rule, value as Exclude<InputValue, undefined>, ctx);
  });
}

/** An absent value becomes null: the mirror then holds "none", as the source does. */
export function optional<T>(rule: ValueRule<T>) {
  return z.unknown().transform((value, ctx): T | null =>
    value === undefined ? null : applyRule(rule, value as Exclude<InputValue, undefined>, ctx),
  );
}

function applyRule<T>(rule: ValueRule<T>, value: Exclude<InputValue, undefined>, ctx: z.RefinementCtx): T {
  const result = rule(value);
  if (result instanceof Refusal) {
    ctx.addIssue({ code: 'custom', message: result.reason });
    return z.NEVER;
  }
  return result;
}

/** Text of at most `max` characters; a JSON number is taken as its text (external ids often are numbers). */
export const text =
  (max = 200): ValueRule<string> =>
  (value) => {
    if (typeof value === 'number') return String(value);
    if (typeof value !== 'string') return new Refusal('must be text');
    return value.length > max ? new Refusal(`must be at most ${max} characters`) : value;
  };

export const oneOf =
  <const T extends string>(allowed: readonly T[]): ValueRule<T> =>
  (value) =>
    typeof value === 'string' && (allowed as readonly string[]).includes(value)
      ? (value as T)
      : new Refusal(`must be one of ${allowed.join(', ')}`);

const truthy = new Set(['true', 'yes', 'ja', '1', 'y', 'j']);
const falsy = new Set(['false', 'no', 'nej', '0', 'n']);

export const yesNo: ValueRule<boolean> = (value) => {
  if (typeof value === 'boolean') return value;
  const word = String(value).toLowerCase();
  if (truthy.has(word)) return true;
  if (falsy.has(word)) return false;
  return new Refusal('must be true or false (also yes/no, ja/nej, 1/0)');
};

/** A real calendar date written YYYY-MM-DD; "2025-02-30" is refused. */
export const date: ValueRule<string> = (value) => {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) return new Refusal('must be a date written YYYY-MM-DD');
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isCalendarDate(year, month, day) ? value as string : new Refusal('is not a real calendar date');
};

export function isCalendarDate(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** A point in time, as ISO text in UTC; local times are read in `timeZone` (see local-time.ts). */
export const timestamp =
  (timeZone: string): ValueRule<string> =>
  (value) => {
    const parsed = typeof value === 'string' ? parseLocalTimestamp(value, timeZone) : null;
    return parsed ?? new Refusal('must be a date and time written YYYY-MM-DD HH:MM (local time) or ISO 8601 with an offset');
  };

/**
 * An amount as the finance system writes it: Swedish "1 234,50" (spaces or no-break spaces
 * between thousands, decimal comma), or "1234.50"; a JSON number as it is. Kept as exact
 * decimal text, never a float, so öre are not rounded away.
 */
export const decimal =
  (options: { decimals: number; max: number; negative?: boolean }): ValueRule<string> =>
  (value) => {
    const written = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
    const compact = written.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.').replace(/^\u2212/, '-');
    const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(compact);
    if (!match || !Number.isFinite(Number(compact))) return new Refusal('must be a number such as 1 234,50');
    if (match[1] === '-' && !options.negative) return new Refusal('must not be negative');
    if ((match[3] ?? '').length > options.decimals) return new Refusal(`must have at most ${options.decimals} decimals`);
    if (Math.abs(Number(compact)) >= options.max) return new Refusal(`must be less than ${options.max}`);
    return compact;
  };

/** Language codes (ISO 639, "sv", "fi", "ar"), from a JSON list or text separated by commas, spaces or |. */
export const languageList: ValueRule<string[]> = (value) => {
  const codes = Array.isArray(value) ? value : String(value).split(/[\s,|]+/).filter((code) => code !== '');
  const lowered = codes.map((code) => code.trim().toLowerCase());
  return lowered.every((code) => /^[a-z]{2,3}$/.test(code)) ? [...new Set(lowered)] : new Refusal('must be language codes such as sv, fi, ar');
};

export const languageCode: ValueRule<string> = (value) => {
  const code = String(value).toLowerCase();
  return /^[a-z]{2,3}$/.test(code) ? code : new Refusal('must be a language code such as sv, da or fi');
};

/** Stored E.164; a number without country code is read in `region` (the --region flag, SE by default). */
export const phoneNumber =
  (region: string): ValueRule<string> =>
  (value) => {
    const { e164 } = normaliseCallerNumber(String(value), region);
    return e164 !== null && /^[+][1-9][0-9]{6,14}$/.test(e164) ? e164 : new Refusal('is not a phone number');
  };

/**
 * For a row's cross-column checks (`superRefine(check, acrossColumns)`): zod skips them once any
 * column failed, but every error of a row is wanted, so they always run and test with
 * `columnsValid` that the columns they compare are sound.
 */
export const acrossColumns = { when: () => true };

export function columnsValid(ctx: { issues: readonly { path?: readonly PropertyKey[] }[] }, ...columns: string[]): boolean {
  return !ctx.issues.some((issue) => typeof issue.path?.[0] === 'string' && columns.includes(issue.path[0]));
}
