// (a) Caller look-up by number, audit write included, through findCallerByNumber: the path the
// desk takes on each ring. Numbers are drawn from the register (citizens' and relatives' lines)
// plus a few that belong to no one, in a fixed order so both engines get the same ones.
import { findCallerByNumber } from '../../main/data/caller-lookup.js';
import type { Database, Queryable } from '../../main/data/database.js';
import { seededRandom } from '../../main/data/demo/prng.js';
import { summarize, type Summary } from './stats.js';

export interface LookupResult {
  summary: Summary;
  outcomes: Record<'citizens' | 'protected' | 'unknown', number>;
  auditRows: number;
}

const WARM_UP = 50;

/** 80 % citizens' own lines, 15 % relatives' lines, 5 % numbers of no one. */
export async function drawNumbers(db: Queryable, count: number): Promise<string[]> {
  const own = (await db.query<{ e164: string }>('select distinct e164 from citizen_phone_numbers order by e164')).map((row) => row.e164);
  const relatives = (await db.query<{ e164: string }>('select distinct e164 from relative_phone_numbers order by e164')).map((row) => row.e164);
  const random = seededRandom(20_080);
  return Array.from({ length: count + WARM_UP }, (_, index) => {
    const roll = random.next();
    if (roll < 0.8) return random.pick(own);
    if (roll < 0.95) return random.pick(relatives);
    return `+4678${String(990_000 + (index % 9_000)).padStart(6, '0')}`;
  });
}

/** `db` looks up as the desk would; `owner` counts the audit rows, which an agent may not read. */
export async function benchLookups(db: Database, owner: Queryable, numbers: readonly string[], agent: string, tag: string): Promise<LookupResult> {
  const before = await auditCount(owner);
  const samples: number[] = [];
  const outcomes = { citizens: 0, protected: 0, unknown: 0 };
  for (const [index, e164] of numbers.entries()) {
    const started = performance.now();
    const { match } = await findCallerByNumber(db, e164, { agent, callId: `bench-${tag}-${index}@bench.invalid` });
    const elapsed = performance.now() - started;
    if (index < WARM_UP) continue;
    samples.push(elapsed);
    outcomes[match.kind] += 1;
  }
  return { summary: summarize(samples), outcomes, auditRows: (await auditCount(owner)) - before };
}

async function auditCount(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>('select count(*)::int as n from lookup_audit');
  return row?.n ?? 0;
}
