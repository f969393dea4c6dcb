/**
 * Whom an urgent handover calls: the caller's district's on-call mobile (a shift's own number when
 * the rota gives one), then its deputy, read through the database function that allows it only
 * for a citizen this agent's look-up for the call found (migration 8).
 */
import type { Queryable } from '../data/database.js';
import { numberToDial, type Numbering } from '../phone/dial-number.js';
import type { ConsultTarget } from '../phone/transfers.js';

export interface OncallRoute {
  district: string;
  /** The on-call number first, then the deputy; empty when the district has neither. */
  targets: ConsultTarget[];
}

export interface OncallQuery {
  callId: string;
  citizenId: string;
  /** The desk's SIP user: the embedded database records it as the agent, as for look-ups. */
  agent: string;
}

interface OncallRow {
  district: string;
  oncall_number: string | null;
  deputy_number: string | null;
}

export async function findOncallRoute(db: Queryable, query: OncallQuery, numbering: Numbering): Promise<OncallRoute | undefined> {
  const [row] = await db.query<OncallRow>('select * from careline_call_oncall($1, $2, $3)', [query.callId, query.citizenId, query.agent]);
  if (!row) return undefined;
  const targets: ConsultTarget[] = [];
  const add = (e164: string | null, attempt: 'oncall' | 'deputy') => {
    if (e164 === null || targets.some((t) => t.number.target === e164)) return;
    const label = attempt === 'oncall' ? `${row.district} on-call` : `${row.district} on-call deputy`;
    targets.push({ number: numberToDial(e164, numbering), label, attempt });
  };
  add(row.oncall_number, 'oncall');
  add(row.deputy_number, 'deputy');
  return { district: row.district, targets };
}
