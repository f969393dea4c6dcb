/**
 * The callbacks list as SQL: open cases due on or before the office's today, handed to the agent by
 * name or to the contact-centre group their team works (teams.handler_group_id, migration 13).
 * Reads cases and the taxonomy only, which every agent may; nothing from the citizen register.
 */
import type { Callback } from '../../shared/contract/callbacks.js';
import type { Queryable } from '../data/database.js';
import { normaliseCallerNumber } from '../screenpop/caller-number.js';

/** A shift's worth and then some: a list longer than this is a lead's problem, not one screen's. */
const MOST_SHOWN = 200;

interface CallbackRow {
  id: string;
  case_number: number | string;
  due_date: string;
  case_type_code: string;
  name_sv: string;
  name_da: string;
  name_en: string;
  feedback_channel_code: string | null;
  feedback_contact: string;
  caller_number: string | null;
  mine: boolean;
}

/** `defaultRegion` reads national numbers and decides which are shown in national form. */
export async function listCallbacks(db: Queryable, agent: string, today: string, defaultRegion: string): Promise<Callback[]> {
  const rows = await db.query<CallbackRow>(
    `select c.id, c.case_number, c.due_date::text as due_date, c.case_type_code, t.name_sv, t.name_da, t.name_en,
            c.feedback_channel_code, c.feedback_contact, c.caller_number, coalesce(c.handler_agent = $1, false) as mine
       from cases c
       join case_types t on t.code = c.case_type_code
      where c.status = 'open'
        and c.due_date <= $2::date
        and (c.handler_agent = $1 or c.handler_group_id = (select tm.handler_group_id from agents a join teams tm on tm.id = a.team_id where a.sip_user = $1))
      order by c.due_date, c.case_number
      limit ${MOST_SHOWN}`,
    [agent, today],
  );
  return rows.map((row) => ({
    caseId: row.id,
    caseNumber: Number(row.case_number),
    dueDate: row.due_date,
    caseType: { code: row.case_type_code, name: { sv: row.name_sv, da: row.name_da, en: row.name_en } },
    feedbackChannel: row.feedback_channel_code,
    feedbackContact: row.feedback_contact,
    callNumber: readable(callNumberOf(row), defaultRegion),
    mine: row.mine,
  }));
}

/** Whom to ring: the contact the citizen gave for a phone or SMS answer, else the number that called. */
function callNumberOf(row: CallbackRow): string | null {
  const contact = row.feedback_contact.replace(/[\s-]/g, '');
  const byPhone = row.feedback_channel_code === 'phone' || row.feedback_channel_code === 'sms';
  if (byPhone && /^[+]?[0-9]{6,16}$/.test(contact)) return contact;
  return row.caller_number;
}

function readable(raw: string | null, defaultRegion: string): Callback['callNumber'] {
  const number = normaliseCallerNumber(raw, defaultRegion);
  return number.e164 === null ? null : number;
}

/** The contact-centre group this agent's team works; null for an agent without a team or a team without one. */
export async function teamGroupOf(db: Queryable, agent: string): Promise<string | null> {
  const [row] = await db.query<{ handler_group_id: string | null }>(
    'select tm.handler_group_id from agents a join teams tm on tm.id = a.team_id where a.sip_user = $1',
    [agent],
  );
  return row?.handler_group_id ?? null;
}
