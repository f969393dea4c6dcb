/**
 * The audited look-up functions of migration 5: an agent's only way into the citizen mirror. Part
 * of a released migration, so never edited: a change is a new migration with `create or replace`.
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

export const auditedLookupFunctions = `
    -- Whom the audit names. A team server gives each person (or desk) a login role that nothing in
    -- a session can change: SET ROLE and security definer change current_user, never session_user,
    -- and SET SESSION AUTHORIZATION needs a superuser. So a stated name is kept beside it, never
    -- instead of it. A superuser session is the embedded single-user database (or a DBA, who can
    -- write the audit table anyway): only the desk knows who sits at it, so its statement counts.
    create or replace function careline_audited_agent(p_stated_agent text) returns text
    language plpgsql stable set search_path = pg_catalog, pg_temp as $$
    begin
      if not exists (select 1 from pg_roles where rolname = session_user and rolsuper) then
        return session_user::text;
      end if;
      if coalesce(btrim(p_stated_agent), '') = '' then
        raise exception 'an embedded database must be told which agent looks up' using errcode = '22023';
      end if;
      return p_stated_agent;
    end
    $$;

    -- Who is calling from p_e164: the citizens on that number ('number'), then the citizens whose
    -- relative has it ('relative', with the relative and the relation; one relative per citizen,
    -- next of kin first). If any of them has a protected identity, the one row 'protected' and
    -- nothing else: naming the others on a shared line would point to that person. One audit row
    -- per citizen found, protected ones included, written by the statement that reads them.
    create or replace function careline_lookup_caller(
      p_e164 text, p_call_id text, p_purpose text, p_stated_agent text default null
    ) returns table (
      match text, citizen_id uuid, given_name text, family_name text, district text,
      care_manager_given_name text, care_manager_family_name text, care_manager_phone text,
      relative_given_name text, relative_family_name text, relation text, next_of_kin boolean
    ) ${definer} as $$
    #variable_conflict use_column
    declare
      v_agent text := careline_audited_agent(p_stated_agent);
    begin ${requireContext}
      return query
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
      ), found as (
        select * from owners union all select * from via_relatives
      ), audited as (
        insert into lookup_audit (agent, stated_agent, call_id, purpose, citizen_id)
        select v_agent, p_stated_agent, p_call_id, p_purpose, f.citizen_id from found f
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

    -- The mirrored summary of one citizen as jsonb (null for an unknown id, nothing audited):
    -- card, safety context, masked identity number, current decisions and providers, fee basis,
    -- invoices (unpaid, or due within the last 13 months) and care manager; for a protected
    -- identity only {"kind": "protected"}. Audited before it is read; if the audit fails, nothing is.
    create or replace function careline_citizen_summary(
      p_citizen_id uuid, p_call_id text, p_purpose text, p_stated_agent text default null
    ) returns jsonb ${definer} as $$
    declare
      v_agent text := careline_audited_agent(p_stated_agent);
      v_summary jsonb;
    begin ${requireContext}
      insert into lookup_audit (agent, stated_agent, call_id, purpose, citizen_id)
      select v_agent, p_stated_agent, p_call_id, p_purpose, c.id from citizens c where c.id = p_citizen_id;
      if not found then
        return null;
      end if;
      -- Read in a statement of its own: the protected flag is checked again in the same snapshot.
      select jsonb_build_object(
               'kind', 'citizen',
               'citizenId', c.id,
               'givenName', c.given_name,
               'familyName', c.family_name,
               'personalIdentityNumber', (select i.masked from citizen_identity_masked i where i.citizen_id = c.id),
               'address', jsonb_build_object('street', c.street_address, 'postalCode', c.postal_code, 'city', c.city),
               'district', jsonb_build_object('id', d.id, 'name', d.name, 'municipality', d.municipality),
               'safety', jsonb_build_object(
                 'livesAlone', c.lives_alone,
                 'hearingImpairment', c.hearing_impairment,
                 'cognitiveImpairment', c.cognitive_impairment,
                 'preferredLanguage', c.preferred_language,
                 'nextOfKin', (
                   select coalesce(jsonb_agg(jsonb_build_object(
                            'name', r.given_name || ' ' || r.family_name,
                            'relation', r.relation,
                            'phones', (select coalesce(jsonb_agg(rn.e164 order by rn.e164), '[]'::jsonb)
                                         from relative_phone_numbers rn where rn.relative_id = r.id))
                          order by r.family_name collate "C", r.given_name collate "C", r.id), '[]'::jsonb)
                     from relatives r where r.citizen_id = c.id and r.is_next_of_kin)),
               'careManager', case when m.id is null then null
                              else jsonb_build_object('name', m.given_name || ' ' || m.family_name, 'phone', m.phone) end,
               'decisions', (
                 select coalesce(jsonb_agg(jsonb_build_object(
                          'type', x.decision_type, 'scope', x.scope, 'hoursPerMonth', x.hours_per_month,
                          'validFrom', x.valid_from, 'validTo', x.valid_to, 'providerId', x.provider_id)
                        order by x.valid_from, x.id), '[]'::jsonb)
                   from decisions x
                  where x.citizen_id = c.id and x.valid_from <= current_date and (x.valid_to is null or x.valid_to >= current_date)),
               'providers', (
                 select coalesce(jsonb_agg(jsonb_build_object('id', p.id, 'name', p.name, 'kind', p.kind, 'phone', p.phone)
                        order by p.name collate "C", p.id), '[]'::jsonb)
                   from providers p
                  where p.id in (select x.provider_id from decisions x
                                  where x.citizen_id = c.id and x.valid_from <= current_date
                                    and (x.valid_to is null or x.valid_to >= current_date))),
               'feeBasis', (
                 select jsonb_build_object('monthlyFee', f.monthly_fee, 'currency', f.currency,
                          'maxFeeApplies', f.max_fee_applies, 'incomeBasisDate', f.income_basis_date)
                   from fee_bases f where f.citizen_id = c.id),
               'invoices', (
                 select coalesce(jsonb_agg(jsonb_build_object(
                          'invoiceNumber', v.invoice_number, 'periodStart', v.period_start, 'periodEnd', v.period_end,
                          'amount', v.amount, 'currency', v.currency, 'dueDate', v.due_date,
                          'ocrReference', v.ocr_reference, 'paid', v.paid, 'paidOn', v.paid_on)
                        order by v.due_date desc, v.invoice_number collate "C"), '[]'::jsonb)
                   from invoices v
                  where v.citizen_id = c.id and (not v.paid or v.due_date >= current_date - interval '13 months')),
               'mirroredAt', to_char(c.mirrored_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
        into v_summary
        from citizens c
        join districts d on d.id = c.district_id
        left join care_managers m on m.id = c.care_manager_id
       where c.id = p_citizen_id and not c.protected_identity;
      return coalesce(v_summary, jsonb_build_object('kind', 'protected'));
    end
    $$;

    -- Functions are executable by everyone unless revoked; these are for agents (and so leads).
    revoke all on function careline_audited_agent(text) from public;
    revoke all on function careline_lookup_caller(text, text, text, text) from public;
    revoke all on function careline_citizen_summary(uuid, text, text, text) from public;
    grant execute on function careline_lookup_caller(text, text, text, text) to careline_agent;
    grant execute on function careline_citizen_summary(uuid, text, text, text) to careline_agent;
`;
