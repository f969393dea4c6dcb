/**
 * Resolves what rows point at (districts, citizens, care managers, providers, relatives) to the
 * database's ids, and reports every reference that leads nowhere. Districts are found by their
 * external id or, as the care system also writes them, by name.
 */
import type { Queryable } from '../data/database.js';
import type { ImportProblem } from './import-problem.js';
import type { InputRow } from './input-rows.js';

export type ReferenceTarget = 'district' | 'citizen' | 'care_manager' | 'provider' | 'relative';

/** What a target is called in messages, the kind that brings it, and whether its key may be shown. */
const targets: Record<ReferenceTarget, { noun: string; kind: string; table: string; showKey: boolean }> = {
  district: { noun: 'district', kind: 'districts', table: 'districts', showKey: true },
  care_manager: { noun: 'care manager', kind: 'care-managers', table: 'care_managers', showKey: true },
  provider: { noun: 'provider', kind: 'providers', table: 'providers', showKey: true },
  // Keys of people stay out of messages; the line number is enough to find the row.
  citizen: { noun: 'citizen', kind: 'citizens', table: 'citizens', showKey: false },
  relative: { noun: 'relative', kind: 'relatives', table: 'relatives', showKey: false },
};

export class ReferenceIds {
  constructor(private readonly ids: ReadonlyMap<ReferenceTarget, ReadonlyMap<string, string>>) {}

  /** The id of a reference the checks have accepted; null for an absent optional one. */
  get(target: ReferenceTarget, key: string | null): string | null {
    if (key === null) return null;
    const id = this.ids.get(target)?.get(key);
    if (id === undefined) throw new Error(`unresolved ${target} reference reached the writer`);
    return id;
  }
}

export interface ResolvedReferences {
  ids: ReferenceIds;
  problems: ImportProblem[];
}

/** Reads the raw values, so rows that failed other checks still get their references checked. */
export async function resolveReferences(
  tx: Queryable,
  rows: readonly InputRow[],
  references: readonly { column: string; target: ReferenceTarget }[],
): Promise<ResolvedReferences> {
  const ids = new Map<ReferenceTarget, Map<string, string>>();
  const problems: ImportProblem[] = [];
  for (const { column, target } of references) {
    const wanted = [...new Set(rows.map((row) => keyOf(row.values[column])).filter((key): key is string => key !== null))];
    const found = target === 'district' ? await findDistricts(tx, wanted) : await findByExternalId(tx, targets[target].table, wanted);
    const known = ids.get(target) ?? new Map<string, string>();
    ids.set(target, known);
    for (const [key, id] of found.ids) known.set(key, id);
    for (const row of rows) {
      const key = keyOf(row.values[column]);
      if (key === null || known.has(key)) continue;
      problems.push({ at: row.at, field: column, reason: found.ambiguous.has(key) ? ambiguousDistrict(key) : unknown(target, key) });
    }
  }
  return { ids: new ReferenceIds(ids), problems };
}

function keyOf(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value : null;
}

function unknown(target: ReferenceTarget, key: string): string {
  const { noun, kind, showKey } = targets[target];
  return showKey
    ? `'${key}' is not a known ${noun} (not in the database; import ${kind} first)`
    : `names no known ${noun} (not in the database; import ${kind} first)`;
}

function ambiguousDistrict(key: string): string {
  return `'${key}' names districts in more than one municipality; use the district's external id`;
}

interface Found {
  ids: Map<string, string>;
  ambiguous: Set<string>;
}

async function findByExternalId(tx: Queryable, table: string, keys: readonly string[]): Promise<Found> {
  if (keys.length === 0) return { ids: new Map(), ambiguous: new Set() };
  const rows = await tx.query<{ id: string; external_id: string }>(
    `select id::text, external_id from ${table} where external_id = any($1::text[])`,
    [keys],
  );
  return { ids: new Map(rows.map((row) => [row.external_id, row.id])), ambiguous: new Set() };
}

/** An external id wins over a name; a name shared by two municipalities finds neither. */
async function findDistricts(tx: Queryable, keys: readonly string[]): Promise<Found> {
  const ids = new Map<string, string>();
  const ambiguous = new Set<string>();
  if (keys.length === 0) return { ids, ambiguous };
  const rows = await tx.query<{ id: string; external_id: string | null; name: string }>(
    'select id::text, external_id, name from districts where external_id = any($1::text[]) or name = any($1::text[])',
    [keys],
  );
  for (const key of keys) {
    const byId = rows.find((row) => row.external_id === key);
    const byName = rows.filter((row) => row.name === key);
    if (byId) ids.set(key, byId.id);
    else if (byName.length === 1 && byName[0]) ids.set(key, byName[0].id);
    else if (byName.length > 1) ambiguous.add(key);
  }
  return { ids, ambiguous };
}
