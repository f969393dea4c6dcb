/**
 * The audited citizen search of migration 10, in two steps like the look-ups of migration 7, and
 * the citizen's care-system id for a link. Part of a released migration once shipped, so never
 * edited then: a change is a new migration with `create or replace`.
 */

/* Security definer: the same search_path rule as the look-up functions (committed-lookup-sql.ts). */
const definer = `language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp`;

/** A search shows a short list to choose from, never a register to browse. */
const maxResults = 20;

export const citizenSearchFunctions = `
    -- Step 1: classifies p_query (12 or 10 digits, hyphens and spaces aside: an identity number;
    -- otherwise words, each the start of a word of the name or the address), writes the look-up,
    -- one citizen_search_audit row, and one lookup_audit row per citizen the read will show (at
    -- most ${maxResults}; protected identities never). Returns only the look-up's id.
    create or replace function careline_begin_citizen_search(
      p_query text, p_call_id text, p_purpose text, p_stated_agent text default null
    ) returns uuid ${definer} as $$
    declare
      v_agent text := careline_audited_agent(p_stated_agent);
      v_digits text := regexp_replace(coalesce(p_query, ''), '[[:space:]-]', '', 'g');
      v_words text[];
      v_kind text;
      v_lookup uuid;
      v_found integer;
    begin
      if coalesce(btrim(p_call_id), '') = '' or coalesce(btrim(p_purpose), '') = '' then
        raise exception 'a search needs the call id and the purpose it is made for' using errcode = '22023';
      end if;
      if v_digits ~ '^([0-9]{12}|[0-9]{10})$' then
        v_kind := 'identity_number';
      else
        v_kind := 'name_or_address';
        -- Each word as a LIKE pattern anchored at a word start; wildcards typed by the agent are text.
        select coalesce(array_agg('% ' || replace(replace(replace(lower(w), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'), '{}')
          into v_words
          from regexp_split_to_table(btrim(coalesce(p_query, '')), '[[:space:],]+') w
         where w <> '';
        if cardinality(v_words) = 0 or cardinality(v_words) > 6 or length(btrim(p_query)) < 2 then
          raise exception 'a search needs 2 to 200 characters in at most 6 words' using errcode = '22023';
        end if;
      end if;

      insert into lookups (kind, agent, stated_agent, call_id, purpose, begun_in)
      values ('search', v_agent, p_stated_agent, p_call_id, p_purpose, pg_current_xact_id())
      returning id into v_lookup;

      with found as (
        select c.id
          from citizens c
          left join citizen_identity_numbers n on n.citizen_id = c.id
         where not c.protected_identity
           and case when v_kind = 'identity_number' then
                  n.personal_identity_number = v_digits
                  or (length(v_digits) = 10 and length(n.personal_identity_number) = 12 and substr(n.personal_identity_number, 3) = v_digits)
                else
                  (select bool_and(' ' || lower(c.given_name || ' ' || c.family_name || ' ' || c.street_address || ' ' || c.postal_code || ' ' || c.city) like p)
                     from unnest(v_words) p)
                end
         order by c.family_name collate "C", c.given_name collate "C", c.id
         limit ${maxResults}
      ), audited as (
        insert into lookup_audit (agent, stated_agent, call_id, purpose, citizen_id, lookup_id)
        select v_agent, p_stated_agent, p_call_id, p_purpose, f.id, v_lookup from found f
        returning 1
      )
      select count(*) into v_found from audited;

      insert into citizen_search_audit (agent, stated_agent, call_id, lookup_id, search_kind, found)
      values (v_agent, p_stated_agent, p_call_id, v_lookup, v_kind, v_found);
      return v_lookup;
    end
    $$;

    -- Step 2: the citizens a committed search audited, read now (a citizen protected since is left
    -- out): enough to tell them apart, nothing of their care.
    create or replace function careline_read_citizen_search(p_lookup_id uuid, p_stated_agent text default null)
    returns table (citizen_id uuid, given_name text, family_name text, district text, personal_identity_number text)
    ${definer} as $$
    #variable_conflict use_column
    begin
      perform careline_committed_lookup(p_lookup_id, 'search', p_stated_agent);
      return query
        select c.id, c.given_name, c.family_name, d.name, i.masked
          from lookup_audit a
          join citizens c on c.id = a.citizen_id
          join districts d on d.id = c.district_id
          left join citizen_identity_masked i on i.citizen_id = c.id
         where a.lookup_id = p_lookup_id and not c.protected_identity
         order by c.family_name collate "C", c.given_name collate "C", c.id;
    end
    $$;

    -- The care system's own id of a citizen, for the "open in the care system" link: refused
    -- (42501) unless this agent's look-up for p_call_id audited p_citizen_id (as careline_call_oncall).
    create or replace function careline_citizen_external_id(p_call_id text, p_citizen_id uuid, p_stated_agent text default null)
    returns text language plpgsql stable security definer set search_path = pg_catalog, public, pg_temp as $$
    begin
      if not exists (
        select 1 from lookup_audit a
         where a.call_id = p_call_id and a.citizen_id = p_citizen_id and a.agent = careline_audited_agent(p_stated_agent)
      ) then
        raise exception 'no look-up of this citizen for call % by this agent', p_call_id using errcode = '42501';
      end if;
      return (select c.external_id from citizens c where c.id = p_citizen_id and not c.protected_identity);
    end
    $$;
`;
