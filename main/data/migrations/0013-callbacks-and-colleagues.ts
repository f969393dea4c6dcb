/**
 * Callbacks and colleagues: which contact-centre group a team works (so "my team's callbacks" and
 * an abandoned call's callback name the same group), the case type an abandoned call is registered
 * as, and colleagues' profiles with their current state for agents, who may not read the state log.
 */
import type { Migration } from '../migrate.js';

export const callbacksAndColleagues: Migration = {
  version: 13,
  name: 'callbacks-and-colleagues',
  sql: `
    -- Two teams on one line (Stockholm's Norr and Söder) share its group, since callers call the
    -- line, not a team; a team without one sees only the callbacks handed to its agents by name.
    alter table teams add column if not exists handler_group_id uuid references handler_groups (id);

    -- What an abandoned call is about is not known until someone calls back, so none of the seeds'
    -- types fits: a type of its own keeps the reports' categories true. Not active, so agents do
    -- not pick it in the case form; only the desk registers it.
    insert into case_types (code, main_category_code, name_sv, name_da, name_en, sort_order, active)
    values ('abandoned_call', 'elderly_care', 'Missat samtal', 'Mistet opkald', 'Missed call', 99, false)
    on conflict (code) do nothing;

    -- A colleague's profile and latest state, nothing else: not the state log's reasons or history,
    -- which stay the leads' (migration 5). Security definer with a fixed search path, as the look-up functions.
    create or replace function careline_colleagues()
    returns table (sip_user text, display_name text, languages text[], level smallint, state text, since timestamptz)
    language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
      select a.sip_user, a.display_name, a.languages, a.level, coalesce(s.state, 'offline'), s.at
        from agents a
        left join lateral (
          select l.state, l.at from agent_state_log l
           where l.sip_user = a.sip_user
           order by l.at desc, l.id desc
           limit 1
        ) s on true
       where a.active
    $$;

    revoke all on function careline_colleagues() from public;
    grant execute on function careline_colleagues() to careline_agent;
  `,
};
