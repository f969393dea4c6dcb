/**
 * The two-step audited look-up functions of migration 7: begin (write the audit, commit) and read
 * (only what a committed audit covers). Part of a released migration once shipped, so never edited
 * then: a change is a new migration with `create or replace`.
 */

/*
 * Security definer: they run with the owner's rights and so must not trust the caller's
 * search_path. pg_catalog first (built-ins cannot be shadowed), public next (only its owner may
 * create there, migration 5 sees to that), pg_temp last (temporary objects shadow nothing).
 */
const definer = `language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp`;

const requireContext = `
      if coalesce(btrim(p_call_id), '') = '' or coalesce(btrim(p_purpose), '') = '' then
        raise exception 'a look-up needs the call id and the purpose it is made for' using errcode = '22023';
      end if;`;

/** How long a committed look-up may be read: a screen-pop reads it within milliseconds. */
const readableFor = `interval '2 minutes'`;

export const committedLookupFunctions = `
    -- Raises unless p_lookup_id is a look-up of p_kind that this agent (careline_audited_agent)
    -- began in a transaction that has COMMITTED, less than ${readableFor} ago. A visible row
    -- written by another transaction is committed, but a row written by this one is visible too:
    -- so the transaction that began it (top-level, savepoints included) must report 'committed'.
    -- Not the timestamps: PGlite's clock ticks in milliseconds, so consecutive transactions share one.
    create or replace function careline_committed_lookup(p_lookup_id uuid, p_kind text, p_stated_agent text) returns void
    language plpgsql volatile set search_path = pg_catalog, public, pg_temp as $$
    declare
      v_lookup lookups%rowtype;
    begin
      select * into v_lookup from lookups l
       where l.id = p_lookup_id and l.kind = p_kind and l.agent = careline_audited_agent(p_stated_agent);
      if not found then
        raise exception 'no % look-up % begun by this agent', p_kind, p_lookup_id using errcode = '42501';
      end if;
      -- Checked first: a restored database may hold transaction ids from another cluster's future.
      if v_lookup.begun_at < clock_timestamp() - ${readableFor} then
        raise exception 'look-up % has expired: begin a new one', p_lookup_id using errcode = '55000';
      end if;
      if pg_xact_status(v_lookup.begun_in) is distinct from 'committed' then
        raise exception 'look-up % is not committed: begin it in a transaction of its own, then read it', p_lookup_id
          using errcode = '55000';
      end if;
    end
    $$;

    -- Step 1 for a ringing number: writes the look-up and one audit row per citizen the read will
    -- show: the citizens on p_e164 ('number'), then those whose relative has it ('relative', one
    -- relative per citizen, next of kin first), protected ones included. Returns only the look-up's
    -- id, whether anyone was found or not: nothing personal, not even that the number is known.
    create or replace function careline_begin_caller_lookup(
      p_e164 text, p_call_id text, p_purpose text, p_stated_agent text default null
    ) returns uuid ${definer} as $$
    declare
      v_agent text := careline_audited_agent(p_stated_agent);
      v_lookup uuid;
    begin ${requireContext}
      insert into lookups (kind, agent, stated_agent, call_id, purpose, begun_in)
      values ('caller', v_agent, p_stated_agent, p_call_id, p_purpose, pg_current_xact_id())
      returning id into v_lookup;
      with owners as (
        select n.citizen_id, 'number' as match, null::uuid as relative_id
          from citizen_phone_numbers n
         where n.e164 = p_e164
      ), via_relatives as (
        select distinct on (r.citizen_id) r.citizen_id, 'relative' as match, r.id as relative_id
          from relative_phone_numbers rn
          join relatives r on r.id = rn.relative_id
         where rn.e164 = p_e164 and r.citizen_id not in (select o.citizen_id from owners o)
         order by r.citizen_id, r.is_next_of_kin desc, r.family_name collate "C", r.given_name collate "C", r.id
      )
      insert into lookup_audit (agent, stated_agent, call_id, purpose, citizen_id, lookup_id, matched_as, relative_id)
      select v_agent, p_stated_agent, p_call_id, p_purpose, f.citizen_id, v_lookup, f.match, f.relative_id
        from (select * from owners union all select * from via_relatives) f;
      return v_lookup;
    end
    $$;

    -- Step 2: the citizens the look-up audited, as careline_lookup_caller of migration 5 showed
    -- them (read now, so a citizen protected since is hidden): if any of them has a protected
    -- identity, the one row 'protected' and nothing else.
    create or replace function careline_read_caller_lookup(p_lookup_id uuid, p_stated_agent text default null)
    returns table (
      match text, citizen_id uuid, given_name text, family_name text, district text,
      care_manager_given_name text, care_manager_family_name text, care_manager_phone text,
      relative_given_name text, relative_family_name text, relation text, next_of_kin boolean
    ) ${definer} as $$
    #variable_conflict use_column
    begin
      perform careline_committed_lookup(p_lookup_id, 'caller', p_stated_agent);
      return query
      with found as (
        select a.citizen_id, a.matched_as as match, a.relative_id from lookup_audit a where a.lookup_id = p_lookup_id
      ), shielded as (
        select exists (select 1 from found f join citizens c on c.id = f.citizen_id where c.protected_identity) as hit
      )
      select u.* from (
        select f.match, c.id as citizen_id, c.given_name, c.family_name, d.name as district,
               m.given_name as manager_given_name, m.family_name as manager_family_name, m.phone as manager_phone,
               r.given_name as relative_given_name, r.family_name as relative_family_name, r.relation, r.is_next_of_kin
          from found f
          join citizens c on c.id = f.citizen_id
          join districts d on d.id = c.district_id
          left join care_managers m on m.id = c.care_manager_id
          left join relatives r on r.id = f.relative_id
         where not (select s.hit from shielded s)
        union all
        select 'protected', null, null, null, null, null, null, null, null, null, null, null
         where (select s.hit from shielded s)
      ) u
      -- 'number' before 'relative' ('protected' is always alone); "C" so both engines sort alike.
      order by u.match, u.family_name collate "C", u.given_name collate "C", u.citizen_id;
    end
    $$;

    -- Step 1 for one citizen's summary: the look-up, and its audit row if the citizen exists.
    create or replace function careline_begin_summary_lookup(
      p_citizen_id uuid, p_call_id text, p_purpose text, p_stated_agent text default null
    ) returns uuid ${definer} as $$
    declare
      v_agent text := careline_audited_agent(p_stated_agent);
      v_lookup uuid;
    begin ${requireContext}
      insert into lookups (kind, agent, stated_agent, call_id, purpose, begun_in)
      values ('summary', v_agent, p_stated_agent, p_call_id, p_purpose, pg_current_xact_id())
      returning id into v_lookup;
      insert into lookup_audit (agent, stated_agent, call_id, purpose, citizen_id, lookup_id)
      select v_agent, p_stated_agent, p_call_id, p_purpose, c.id, v_lookup from citizens c where c.id = p_citizen_id;
      return v_lookup;
    end
    $$;
`;
