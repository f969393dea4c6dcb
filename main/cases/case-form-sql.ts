/**
 * What the quick case form reads from the register: the taxonomy (names only, in all three
 * languages) and a citizen's open cases to attach a call to. Dates leave as text ("YYYY-MM-DD",
 * ISO instants), the same from both engines.
 */
import type { OpenCase, Taxonomy } from '../../shared/contract/cases.js';
import type { Queryable } from '../data/database.js';

interface NamedRow {
  code: string;
  name_sv: string;
  name_da: string;
  name_en: string;
}

const named = (rows: NamedRow[]) => rows.map((row) => ({ code: row.code, names: { sv: row.name_sv, da: row.name_da, en: row.name_en } }));

/** `agent`: the desk's SIP user, whose team decides where the contact centre's own cases go. */
export async function readTaxonomy(db: Queryable, agent: string): Promise<Taxonomy> {
  const [caseTypes, caseClasses, feedbackChannels, handlerGroups, districts, providers, team] = await Promise.all([
    db.query<NamedRow>('select code, name_sv, name_da, name_en from case_types where active order by sort_order, code'),
    db.query<NamedRow>('select code, name_sv, name_da, name_en from case_classes where active order by sort_order, code'),
    db.query<NamedRow>('select code, name_sv, name_da, name_en from feedback_channels order by sort_order, code'),
    db.query<{ id: string; name: string; kind: Taxonomy['handlerGroups'][number]['kind']; district_id: string | null; provider_id: string | null }>(
      `select id, name, kind, district_id, provider_id from handler_groups
        order by array_position(array['contact_centre', 'care_manager_group', 'manager', 'department'], kind), external_id nulls last, name`,
    ),
    db.query<{ id: string; name: string; municipality: string }>('select id, name, municipality from districts order by municipality, name'),
    db.query<{ id: string; name: string; district_id: string | null }>('select id, name, district_id from providers order by name'),
    db.query<{ handler_group_id: string | null }>('select t.handler_group_id from agents a join teams t on t.id = a.team_id where a.sip_user = $1', [agent]),
  ]);
  return {
    caseTypes: named(caseTypes),
    caseClasses: named(caseClasses),
    feedbackChannels: named(feedbackChannels),
    handlerGroups: handlerGroups.map((g) => ({ id: g.id, name: g.name, kind: g.kind, districtId: g.district_id, providerId: g.provider_id })),
    districts,
    providers: providers.map((p) => ({ id: p.id, name: p.name, districtId: p.district_id })),
    teamGroupId: team[0]?.handler_group_id ?? null,
  };
}

/** The citizen's open cases, newest first; a citizen with dozens gets the twenty latest. */
export async function readOpenCases(db: Queryable, citizenId: string): Promise<OpenCase[]> {
  const rows = await db.query<{
    id: string;
    case_number: number | string;
    case_type_code: string;
    case_class_code: string;
    created_at: string;
    due_date: string | null;
    status: OpenCase['status'];
  }>(
    `select id, case_number, case_type_code, case_class_code,
            to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as created_at,
            due_date::text as due_date, status
       from cases
      where citizen_id = $1 and status = 'open'
      order by created_at desc, case_number desc
      limit 20`,
    [citizenId],
  );
  return rows.map((row) => ({
    caseId: row.id,
    caseNumber: Number(row.case_number),
    caseTypeCode: row.case_type_code,
    caseClassCode: row.case_class_code,
    createdAt: row.created_at,
    dueDate: row.due_date,
    status: row.status,
  }));
}
