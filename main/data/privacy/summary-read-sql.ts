/**
 * Step 2 of the audited summary look-up (migration 7): one citizen's mirrored summary, read only
 * through a look-up whose audit is committed. Part of a released migration once shipped, so never
 * edited then: a change is a new migration with `create or replace`.
 */

/**
 * The summary object of citizen `c`, with district `d` and care manager `m` joined: migration 7's
 * text, so frozen like it. Migration 10 builds careline_summary_json on it, which every summary
 * read now goes through; a later change to the summary replaces that function with its own text.
 */
export const summaryJson = `jsonb_build_object(
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
               'mirroredAt', to_char(c.mirrored_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))`;

/*
 * The same JSON as careline_citizen_summary of migration 5: card, safety context, masked identity
 * number, current decisions and providers, fee basis, invoices (unpaid, or due within the last 13
 * months) and care manager; for a protected identity only {"kind": "protected"}; null when the
 * look-up found nobody (an unknown id). Search path as in committed-lookup-sql.ts.
 */
export const summaryReadFunction = `
    create or replace function careline_read_summary_lookup(p_lookup_id uuid, p_stated_agent text default null)
    returns jsonb language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
    declare
      v_citizen uuid;
      v_summary jsonb;
    begin
      perform careline_committed_lookup(p_lookup_id, 'summary', p_stated_agent);
      select a.citizen_id into v_citizen from lookup_audit a where a.lookup_id = p_lookup_id;
      if v_citizen is null then
        return null;
      end if;
      select ${summaryJson}
        into v_summary
        from citizens c
        join districts d on d.id = c.district_id
        left join care_managers m on m.id = c.care_manager_id
       where c.id = v_citizen and not c.protected_identity;
      return coalesce(v_summary, jsonb_build_object('kind', 'protected'));
    end
    $$;
`;
