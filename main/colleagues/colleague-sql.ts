/**
 * Colleagues as the register knows them, through careline_colleagues() (migration 13): agents may
 * not read the state log, but may see each colleague's latest state through the function.
 */
import type { Colleague } from '../../shared/contract/colleagues.js';
import type { AgentStateName } from '../../shared/contract/agent.js';
import type { Queryable } from '../data/database.js';

const stateName: Readonly<Record<string, AgentStateName>> = {
  ready: 'ready',
  not_ready: 'notReady',
  on_call: 'onCall',
  wrap_up: 'wrapUp',
  offline: 'offline',
};

/** Who can take a caller now comes first: Ready, then on a call or in wrap-up, then away. */
const stateOrder: Readonly<Record<AgentStateName, number>> = { ready: 0, onCall: 1, wrapUp: 2, notReady: 3, offline: 4 };

interface ColleagueRow {
  sip_user: string;
  display_name: string;
  languages: string[];
  level: number;
  state: string;
  since: Date | string | null;
}

export async function listColleagues(db: Queryable, self: string): Promise<Colleague[]> {
  const rows = await db.query<ColleagueRow>('select sip_user, display_name, languages, level, state, since from careline_colleagues()');
  return rows
    .filter((row) => row.sip_user !== self)
    .map((row): Colleague => ({
      sipUser: row.sip_user,
      displayName: row.display_name,
      languages: row.languages,
      level: row.level === 2 ? 2 : 1,
      state: stateName[row.state] ?? 'offline',
      ...(row.since !== null ? { since: new Date(row.since).getTime() } : {}),
    }))
    .sort((a, b) => stateOrder[a.state] - stateOrder[b.state] || a.displayName.localeCompare(b.displayName));
}
