/**
 * Phone numbers for fictional people, so a demo or test call can never ring a real subscriber.
 * Sweden: the 495 numbers PTS holds back for books and films
 * (https://www.pts.se/internet-och-telefoni/telefonnummer-och-adressering/telefonnummer-till-bocker-och-filmer/).
 * Denmark has no such range, and Sweden's runs out after 495, so the rest are invalid (below).
 */
import type { Municipality } from './districts.js';

export type LineKind = 'landline' | 'mobile';

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

/** Hands out each number at most once, skipping numbers that fixed demo data already uses. */
export class NumberAllocator {
  private readonly cursors = new Map<NumberBlock, number>();

  constructor(private readonly reserved: ReadonlySet<string>) {}

  take(municipality: Municipality, kind: LineKind): string {
    // Stockholm gets PTS's numbers; Aarhus has no Danish equivalent and goes straight to its series.
    const blocks = municipality === 'Stockholm' ? fictionBlocks[kind] : [];
    for (const block of [...blocks, invalidSeries[municipality]]) {
      const number = this.nextFrom(block);
      if (number !== null) return number;
    }
    throw new RangeError(`no fictional ${kind} numbers left for ${municipality}`);
  }

  private nextFrom(block: NumberBlock): string | null {
    let cursor = this.cursors.get(block) ?? block.first;
    while (cursor <= block.last) {
      const number = block.prefix + String(cursor).padStart(block.digits, '0');
      cursor += 1;
      if (!this.reserved.has(number)) {
        this.cursors.set(block, cursor);
        return number;
      }
    }
    this.cursors.set(block, cursor);
    return null;
  }
}
