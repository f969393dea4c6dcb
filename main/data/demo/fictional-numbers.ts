/**
 * Phone numbers for fictional people, so a demo or test call can never ring a real subscriber.
 * Sweden: the 495 numbers PTS holds back for books and films
 * (https://www.pts.se/internet-och-telefoni/telefonnummer-och-adressering/telefonnummer-till-bocker-och-filmer/).
 * Denmark has no such range, and Sweden's runs out after 495, so the rest are invalid (below).
 *
 * Numbers are handed out by slot, not in turn: the n-th landline of a municipality is always the
 * same number, so any row can be generated on its own and two rows never share a number.
 */
import type { Municipality } from './districts.js';

export type LineKind = 'landline' | 'mobile';

/** Who a number is for; each has its own part of the invalid series below. */
export type NumberUse = LineKind | 'relative' | 'caller';

/** `prefix` + each of first..last, zero-padded to `digits`, is one E.164 number. */
export interface NumberBlock {
  readonly prefix: string;
  readonly first: number;
  readonly last: number;
  readonly digits: number;
}

/** PTS's fiction blocks, in the order they are handed out. */
export const fictionBlocks: Readonly<Record<LineKind, readonly NumberBlock[]>> = {
  // 070-174 06 05 … 070-174 06 99
  mobile: [{ prefix: '+4670174', first: 605, last: 699, digits: 4 }],
  landline: [
    { prefix: '+46846500', first: 400, last: 499, digits: 3 }, // 08-465 004 00 … 99, Stockholm
    { prefix: '+46313900', first: 600, last: 699, digits: 3 }, // 031-390 06 00 … 99, Göteborg
    { prefix: '+46406280', first: 400, last: 499, digits: 3 }, // 040-628 04 00 … 99, Malmö
    { prefix: '+46980319', first: 200, last: 299, digits: 3 }, // 0980-31 92 00 … 99, Kiruna
  ],
};

/**
 * When a municipality's fiction numbers are used up, numbers come from a series that reaches no
 * subscriber, and that libphonenumber also rejects as invalid (though "possible", so the desk
 * still normalises it unchanged and the look-up works):
 * - Sweden "+46 78" + 6 digits: PTS keeps 078 for operator-internal services; it is not part of
 *   E.164 and cannot be reached from abroad, and 8 digits is too short for it anyway.
 * - Denmark "+45 09" + 6 digits: Danish subscriber numbers never start with 0 (the plan reserves
 *   0x for prefixes); "09" rather than "00" so that no dialler mistakes it for an international call.
 */
export const invalidSeries: Readonly<Record<Municipality, NumberBlock>> = {
  Stockholm: { prefix: '+4678', first: 0, last: 999_999, digits: 6 },
  Aarhus: { prefix: '+4509', first: 0, last: 999_999, digits: 6 },
};

/**
 * Each use's part of the invalid series, [first, first + size). Below 10,000 is left to fixed
 * demo people and tests, and so is 990,000 and above (tests make up shared lines there).
 */
const invalidParts: Readonly<Record<NumberUse, readonly [number, number]>> = {
  landline: [10_000, 240_000],
  mobile: [250_000, 240_000],
  relative: [490_000, 480_000],
  caller: [970_000, 20_000],
};

function expand(blocks: readonly NumberBlock[], reserved: ReadonlySet<string>): string[] {
  const numbers: string[] = [];
  for (const block of blocks) {
    for (let n = block.first; n <= block.last; n += 1) {
      const number = block.prefix + String(n).padStart(block.digits, '0');
      if (!reserved.has(number)) numbers.push(number);
    }
  }
  return numbers;
}

/** Slot n of a use is always the same number; PTS's numbers first where the use may have them. */
export class NumberPlan {
  private readonly fiction: Record<LineKind, string[]>;

  /** `reserved`: numbers of fixed demo people, never handed out again. */
  constructor(reserved: ReadonlySet<string>) {
    this.fiction = { landline: expand(fictionBlocks.landline, reserved), mobile: expand(fictionBlocks.mobile, reserved) };
  }

  /** Slots a municipality can hand out for `use` before it runs out. */
  capacity(municipality: Municipality, use: NumberUse): number {
    return this.fictionFor(municipality, use).length + (invalidParts[use][1]);
  }

  number(municipality: Municipality, use: NumberUse, slot: number): string {
    const fiction = this.fictionFor(municipality, use);
    if (slot < fiction.length) return fiction[slot] as string;
    const [first, size] = invalidParts[use];
    const index = slot - fiction.length;
    if (!Number.isInteger(index) || index < 0 || index >= size) {
      throw new RangeError(`no fictional ${use} number left for ${municipality} (slot ${slot})`);
    }
    const series = invalidSeries[municipality];
    return series.prefix + String(first + index).padStart(series.digits, '0');
  }

  /** Relatives and unregistered callers get no PTS numbers: those are few and kept for the register. */
  private fictionFor(municipality: Municipality, use: NumberUse): readonly string[] {
    if (municipality !== 'Stockholm' || (use !== 'landline' && use !== 'mobile')) return [];
    return this.fiction[use];
  }
}
