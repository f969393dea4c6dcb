/**
 * Seeded random sources (mulberry32), so the same seed always yields the same demo data on every
 * machine and Node version; Math.random cannot be seeded. `rowRandom` gives each row its own
 * source, so any row of a table can be generated without generating the rows before it.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, below). */
  below(below: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/** A class, not closures: millions of rows each get a source, and objects sharing a prototype are cheap. */
class Mulberry32 implements Random {
  constructor(private state: number) {}

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  below(limit: number): number {
    return Math.floor(this.next() * limit);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.below(items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }
}

export function seededRandom(seed: number): Random {
  return new Mulberry32(seed >>> 0);
}

const streamHashes = new Map<string, number>();

/** FNV-1a: turns a stream's name into a number once, so per-row seeding costs no string work. */
function streamHash(stream: string): number {
  let hash = streamHashes.get(stream);
  if (hash === undefined) {
    hash = 0x811c9dc5;
    for (let index = 0; index < stream.length; index += 1) hash = Math.imul(hash ^ stream.charCodeAt(index), 0x01000193) >>> 0;
    streamHashes.set(stream, hash);
  }
  return hash;
}

/** MurmurHash3's finaliser: neighbouring inputs give unrelated outputs. */
function mix(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The source of row `index` of `stream` (e.g. "citizen:Stockholm"); `index` below 2^32. */
export function rowRandom(seed: number, stream: string, index: number): Random {
  return seededRandom(mix(mix(seed ^ streamHash(stream)) + mix(index)));
}

/** An entry drawn with probability proportional to its weight. */
export function weighted<T>(random: Random, entries: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, weight] of entries) total += weight;
  let point = random.next() * total;
  for (const [value, weight] of entries) {
    point -= weight;
    if (point < 0) return value;
  }
  const last = entries.at(-1);
  if (last === undefined) throw new RangeError('weighted pick from an empty list');
  return last[0];
}

/** An integer in [min, max]. */
export function between(random: Random, min: number, max: number): number {
  return min + random.below(max - min + 1);
}

/** Waiting times and the like: many short, a few long. */
export function exponential(random: Random, mean: number): number {
  return -mean * Math.log(1 - random.next());
}

/** Durations such as talk time, skewed to the right around `median` (Box-Muller for the normal draw). */
export function logNormal(random: Random, median: number, sigma: number): number {
  const normal = Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
  return median * Math.exp(sigma * normal);
}
