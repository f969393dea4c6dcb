/**
 * Searching the register for a caller the number does not tell: migration 10's two steps, the
 * first writing the audit (committed on its own), the second reading only what it audited.
 */
import type { CitizenSearchHit } from '../../shared/contract/citizens.js';
import type { Queryable } from '../data/database.js';
import type { LookupContext } from '../data/caller-lookup.js';

interface SearchRow {
  citizen_id: string;
  given_name: string;
  family_name: string;
  district: string;
  personal_identity_number: string | null;
}

const beginSql = `select careline_begin_citizen_search($1, $2, 'search', $3) as lookup_id`;
const readSql = `select * from careline_read_citizen_search($1, $2)`;

/** The hits, and the search that audited them: a summary of a hit is read as part of it. */
export interface CitizenSearch {
  lookupId: string;
  hits: CitizenSearchHit[];
}

/** `db` must not be inside a transaction: the read refuses a search whose audit is not committed. */
export async function searchCitizens(db: Queryable, query: string, context: LookupContext): Promise<CitizenSearch> {
  const [begun] = await db.query<{ lookup_id: string }>(beginSql, [query, context.callId, context.agent]);
  if (begun === undefined) throw new Error('The citizen search was not begun: the database returned no look-up id.');
  const rows = await db.query<SearchRow>(readSql, [begun.lookup_id, context.agent]);
  const hits = rows.map((row) => ({
    citizenId: row.citizen_id,
    name: `${row.given_name} ${row.family_name}`,
    district: row.district,
    personalIdentityNumber: row.personal_identity_number,
  }));
  return { lookupId: begun.lookup_id, hits };
}
