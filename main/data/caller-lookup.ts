/**
 * Who is calling: the citizens registered on a number, as the narrow card an agent may see, read
 * through the two-step audited look-up, the only way an agent's session can read the citizen mirror.
 */
import type { z } from 'zod';
import type { relativeRelationSchema } from '../../shared/contract/screenpop.js';
import type { Queryable } from './database.js';

/** As the care system records it (relatives.relation); the contract names the same set. */
export type RelativeRelation = z.infer<typeof relativeRelationSchema>;

/** A citizen as the register holds them; the screen-pop turns this into the agent's card. */
export interface RegisteredCitizen {
  citizenId: string;
  name: string;
  district: string;
  /** The care manager's phone is E.164, as stored. */
  careManager: { name: string; phone: string | null } | null;
  /**
   * Present when the number is not the citizen's own but a relative's: who is probably calling,
   * and how they are related. Such citizens come after those whose own number it is.
   */
  viaRelative?: { name: string; relation: RelativeRelation; nextOfKin: boolean };
}

export type RegisteredCallerMatch =
  | { kind: 'citizens'; citizens: RegisteredCitizen[] }
  | { kind: 'protected' }
  | { kind: 'unknown' };

/**
 * The match, and the look-up that audited it: a summary of a citizen it showed is read under this
 * id, as part of the same look-up. The id stays in the core; the renderer gets only the match.
 */
export interface LookedUpCaller {
  lookupId: string;
  match: RegisteredCallerMatch;
}

export interface LookupContext {
  /**
   * SIP user of the agent whose desk is ringing, e.g. "1001". The embedded database records it as
   * the agent; a team server records its login role and keeps this beside it only as stated.
   */
  agent: string;
  /** SIP Call-ID of the ringing call. */
  callId: string;
}

interface LookupRow {
  match: 'number' | 'relative' | 'protected';
  citizen_id: string;
  given_name: string;
  family_name: string;
  district: string;
  care_manager_given_name: string | null;
  care_manager_family_name: string | null;
  care_manager_phone: string | null;
  relative_given_name: string | null;
  relative_family_name: string | null;
  relation: RelativeRelation | null;
  next_of_kin: boolean | null;
}

/**
 * Migration 7: the first statement writes one audit row per citizen the second will show and
 * returns only a look-up id; the second shows them only once the first has committed.
 */
const beginSql = `select careline_begin_caller_lookup($1, $2, 'screen-pop', $3) as lookup_id`;
const readSql = `select * from careline_read_caller_lookup($1, $2)`;

/**
 * `e164` must already be normalised ("+46701740605"); the match never says why it failed. `db`
 * must not be inside a transaction: each step commits on its own, and the read refuses a look-up
 * whose audit is not committed yet.
 */
export async function findCallerByNumber(db: Queryable, e164: string, context: LookupContext): Promise<LookedUpCaller> {
  const [begun] = await db.query<{ lookup_id: string }>(beginSql, [e164, context.callId, context.agent]);
  if (begun === undefined) throw new Error('The caller look-up was not begun: the database returned no look-up id.');
  const rows = await db.query<LookupRow>(readSql, [begun.lookup_id, context.agent]);
  return { lookupId: begun.lookup_id, match: toMatch(rows) };
}

function toMatch(rows: LookupRow[]): RegisteredCallerMatch {
  if (rows.length === 0) return { kind: 'unknown' };
  // The function returns the marker alone when anyone it found is protected.
  if (rows.some((row) => row.match === 'protected')) return { kind: 'protected' };
  return { kind: 'citizens', citizens: rows.map(toCard) };
}

function toCard(row: LookupRow): RegisteredCitizen {
  const hasManager = row.care_manager_given_name !== null && row.care_manager_family_name !== null;
  const card: RegisteredCitizen = {
    citizenId: row.citizen_id,
    name: `${row.given_name} ${row.family_name}`,
    district: row.district,
    careManager: hasManager ? { name: `${row.care_manager_given_name} ${row.care_manager_family_name}`, phone: row.care_manager_phone } : null,
  };
  if (row.match === 'relative' && row.relation !== null) {
    card.viaRelative = {
      name: `${row.relative_given_name} ${row.relative_family_name}`,
      relation: row.relation,
      nextOfKin: row.next_of_kin === true,
    };
  }
  return card;
}
