/**
 * The urgent handover's database side: the on-call numbers of a caller's district, readable only
 * for a citizen this agent's audited look-up for that call found, and transfer attempts written
 * once each (a client id, as for call records), so an outbox replay adds no second row.
 */
import type { Migration } from '../migrate.js';

export const oncallHandover: Migration = {
  version: 8,
  name: 'oncall-handover',
  sql: `
    alter table call_transfers add column if not exists client_id uuid unique;

    -- The number to try first (a shift's own mobile, else the district's on-call number) and the
    -- deputy: nothing else about the district or the citizen. Refused (42501) unless this agent's
    -- look-up for p_call_id audited p_citizen_id, so it cannot map citizens to districts at will.
    -- Security definer, so the same search_path rule as the look-up functions (migration 7).
    create or replace function careline_call_oncall(p_call_id text, p_citizen_id uuid, p_stated_agent text default null)
    returns table (district text, oncall_number text, deputy_number text)
    language plpgsql stable security definer set search_path = pg_catalog, public, pg_temp as $$
    begin
      if not exists (
        select 1 from lookup_audit a
         where a.call_id = p_call_id and a.citizen_id = p_citizen_id and a.agent = careline_audited_agent(p_stated_agent)
      ) then
        raise exception 'no look-up of this citizen for call % by this agent', p_call_id using errcode = '42501';
      end if;
      return query
        select d.name, coalesce(s.phone, d.oncall_number), d.oncall_deputy_number
          from citizens c
          join districts d on d.id = c.district_id
          left join lateral (
            select sh.phone from oncall_shifts sh
             where sh.district_id = d.id and sh.phone is not null and sh.starts_at <= now() and now() < sh.ends_at
             order by sh.starts_at desc
             limit 1
          ) s on true
         where c.id = p_citizen_id;
    end
    $$;

    revoke all on function careline_call_oncall(text, uuid, text) from public;
    grant execute on function careline_call_oncall(text, uuid, text) to careline_agent;
  `,
};
