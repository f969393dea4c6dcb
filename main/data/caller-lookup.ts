/**
 * Who is calling: the citizens registered on a number, as the narrow card an agent may see, with
 * the audit trail written by the same statement that reads them.
 */
import type { Queryable } from './database.js';

/** A citizen as the register holds them; the screen-pop turns this into the agent's card. */
export interface RegisteredCitizen {
  citizenId: string;
  name: string;
  district: string;
  /** The care manager's phone is E.164, as stored. */
  careManager: { name: string; phone: string | null } | null;
}

export type RegisteredCallerMatch =
  | { kind: 'citizens'; citizens: RegisteredCitizen[] }
  | { kind: 'protected' }
  | { kind: 'unknown' };

export interface LookupContext {
  /** SIP user of the agent whose desk is ringing, e.g. "1001". */
  agent: string;
  /** SIP Call-ID of the ringing call. */
  callId: string;
}

interface FoundRow {
  citizen_id: string;
  given_name: string;
  family_name: string;
  protected_identity: boolean;
  district: string;
  manager_given_name: string | null;
  manager_family_name: string | null;
  manager_phone: string | null;
}

/**
 * One statement, so reading and auditing cannot be separated: the data-modifying CTE writes one
 * audit row per citizen found (protected ones included) in the same transaction and snapshot as
 * the read, and runs even though the outer select does not read it. Nobody found, nothing audited.
 * Ordered with the "C" collation so both engines list a household in the same order.
 */
const lookupSql = `
  with found as (
    select c.id as citizen_id, c.given_name, c.family_name, c.protected_identity,
           d.name as district,
           m.given_name as manager_given_name, m.family_name as manager_family_name, m.phone as manager_phone
      from citizen_phone_numbers n
      join citizens c on c.id = n.citizen_id
      join districts d on d.id = c.district_id
      left join care_managers m on m.id = c.care_manager_id
     where n.e164 = $1
  ), audited as (
    insert into lookup_audit (agent, call_id, purpose, citizen_id)
    select $2, $3, 'screen-pop', citizen_id from found
  )
  select * from found
   order by family_name collate "C", given_name collate "C", citizen_id`;

/** `e164` must already be normalised ("+46701740605"); the match never says why it failed. */
export async function findCallerByNumber(db: Queryable, e164: string, context: LookupContext): Promise<RegisteredCallerMatch> {
  const rows = await db.query<FoundRow>(lookupSql, [e164, context.agent, context.callId]);
  if (rows.length === 0) return { kind: 'unknown' };
  // One protected person on a shared line hides everyone on it: naming the others would point to them.
  if (rows.some((row) => row.protected_identity)) return { kind: 'protected' };
  return { kind: 'citizens', citizens: rows.map(toCard) };
}

function toCard(row: FoundRow): RegisteredCitizen {
  const hasManager = row.manager_given_name !== null && row.manager_family_name !== null;
  return {
    citizenId: row.citizen_id,
    name: `${row.given_name} ${row.family_name}`,
    district: row.district,
    careManager: hasManager ? { name: `${row.manager_given_name} ${row.manager_family_name}`, phone: row.manager_phone } : null,
  };
}
