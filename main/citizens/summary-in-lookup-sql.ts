/**
 * Migration 10's summary reads: one JSON builder for every summary, and the read of a summary as
 * part of the caller look-up or search that showed the citizen, which writes no second audit row.
 * Part of a released migration once shipped, so never edited then: a change is a new migration.
 */
import { summaryJson } from '../data/privacy/summary-read-sql.js';

/* Security definer: the same search_path rule as the look-up functions (committed-lookup-sql.ts). */
const definer = `language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp`;

export const summaryInLookupFunctions = `
    -- The summary JSON of one citizen (see summary-read-sql.ts); null for a protected identity or
    -- an unknown id. Not a definer: it runs with the rights of the definer function calling it,
    -- and nobody else may execute it.
    create or replace function careline_summary_json(p_citizen_id uuid) returns jsonb
    language sql stable set search_path = pg_catalog, public, pg_temp as $$
      select ${summaryJson}
        from citizens c
        join districts d on d.id = c.district_id
        left join care_managers m on m.id = c.care_manager_id
       where c.id = p_citizen_id and not c.protected_identity
    $$;

    -- Migration 7's read, unchanged in what it returns, with the JSON built in one place.
    create or replace function careline_read_summary_lookup(p_lookup_id uuid, p_stated_agent text default null)
    returns jsonb ${definer} as $$
    declare
      v_citizen uuid;
    begin
      perform careline_committed_lookup(p_lookup_id, 'summary', p_stated_agent);
      select a.citizen_id into v_citizen from lookup_audit a where a.lookup_id = p_lookup_id;
      if v_citizen is null then
        return null;
      end if;
      return coalesce(careline_summary_json(v_citizen), jsonb_build_object('kind', 'protected'));
    end
    $$;

    -- The summary of a citizen whom this agent's committed caller look-up or search showed: part
    -- of that look-up, whose audit row already names the citizen, so it writes none. Refused
    -- (42501) for another agent's look-up or a citizen it did not audit; 55000 when it is not
    -- committed or has expired (begin a summary look-up instead). A caller look-up that found a
    -- protected identity showed only the marker, so every read within it shows only the marker.
    create or replace function careline_read_summary_in_lookup(
      p_lookup_id uuid, p_citizen_id uuid, p_stated_agent text default null
    ) returns jsonb ${definer} as $$
    declare
      v_kind text;
    begin
      select l.kind into v_kind from lookups l where l.id = p_lookup_id and l.kind in ('caller', 'search');
      if not found then
        raise exception 'no caller look-up or search %', p_lookup_id using errcode = '42501';
      end if;
      perform careline_committed_lookup(p_lookup_id, v_kind, p_stated_agent);
      if not exists (select 1 from lookup_audit a where a.lookup_id = p_lookup_id and a.citizen_id = p_citizen_id) then
        raise exception 'look-up % did not show this citizen', p_lookup_id using errcode = '42501';
      end if;
      if v_kind = 'caller' and exists (
        select 1 from lookup_audit a join citizens c on c.id = a.citizen_id
         where a.lookup_id = p_lookup_id and c.protected_identity
      ) then
        return jsonb_build_object('kind', 'protected');
      end if;
      return coalesce(careline_summary_json(p_citizen_id), jsonb_build_object('kind', 'protected'));
    end
    $$;
`;
