/**
 * The rest of the mirror an agent may see (domain.md, "mirrored summary"): identity, address and
 * safety context, relatives, current decisions and providers, fee basis, invoices, and the
 * districts' urgent on-call numbers. Everything the care and finance systems export is keyed
 * by their own external id, so an import can upsert it again and again.
 */
import type { Migration } from '../migrate.js';

const e164 = `check (%s ~ '^[+][1-9][0-9]{6,14}$')`;
const phone = (column: string, nullable = true) => `${column} text${nullable ? '' : ' not null'} ${e164.replace('%s', column)}`;

export const careMirror: Migration = {
  version: 2,
  name: 'care-mirror',
  sql: `
    alter table districts
      add column external_id text unique,
      -- The district's urgent mobile, carried by its care managers in turns; not the safety-alarm service.
      add column ${phone('oncall_number')},
      add column ${phone('oncall_deputy_number')};

    alter table care_managers
      add column external_id text unique,
      add column responsibility text not null default '',
      add column languages text[] not null default '{}';

    alter table citizens
      add column street_address text not null default '',
      add column postal_code text not null default '',
      add column city text not null default '',
      add column preferred_language text not null default 'sv' check (preferred_language ~ '^[a-z]{2,3}$'),
      add column lives_alone boolean not null default false,
      add column hearing_impairment boolean not null default false,
      add column cognitive_impairment boolean not null default false,
      add column mirrored_at timestamptz not null default now();

    -- Kept apart from the card so no query for the card can select it by accident; digits only
    -- (Swedish personnummer 12, Danish CPR 10). Shown masked through citizen_identity_masked.
    create table citizen_identity_numbers (
      citizen_id uuid primary key references citizens (id) on delete cascade,
      personal_identity_number text not null unique check (personal_identity_number ~ '^([0-9]{12}|[0-9]{10})$')
    );
    create view citizen_identity_masked as
      select citizen_id,
             case length(personal_identity_number)
               when 12 then substr(personal_identity_number, 1, 8) || '-****'
               else substr(personal_identity_number, 1, 6) || '-****'
             end as masked
        from citizen_identity_numbers;

    create table relatives (
      id uuid primary key default gen_random_uuid(),
      external_id text not null unique,
      citizen_id uuid not null references citizens (id) on delete cascade,
      given_name text not null,
      family_name text not null,
      relation text not null check (relation in ('spouse', 'partner', 'child', 'grandchild', 'sibling', 'other_relative', 'friend', 'neighbour', 'guardian')),
      is_next_of_kin boolean not null default false
    );
    create index relatives_citizen_idx on relatives (citizen_id);

    -- A relative's number finds the citizens they call about (domain.md: "a relative's number").
    create table relative_phone_numbers (
      e164 text not null references phone_numbers (e164),
      relative_id uuid not null references relatives (id) on delete cascade,
      primary key (e164, relative_id)
    );
    create index relative_phone_numbers_relative_idx on relative_phone_numbers (relative_id);

    create table providers (
      id uuid primary key default gen_random_uuid(),
      external_id text not null unique,
      name text not null check (name <> ''),
      kind text not null check (kind in ('home_care', 'care_home', 'day_activity', 'other')),
      district_id uuid references districts (id),
      ${phone('phone')},
      street_address text not null default ''
    );
    create index providers_district_idx on providers (district_id);

    -- Current decisions (aktuella beslut); the current providers are the providers of the decisions in force.
    create table decisions (
      id uuid primary key default gen_random_uuid(),
      external_id text not null unique,
      citizen_id uuid not null references citizens (id) on delete cascade,
      decision_type text not null check (decision_type in ('home_care', 'housing', 'day_activity', 'transport_service', 'safety_alarm', 'meals', 'other')),
      scope text not null default '',
      hours_per_month numeric(6, 1) check (hours_per_month >= 0),
      valid_from date not null,
      valid_to date,
      provider_id uuid references providers (id),
      check (valid_to is null or valid_to >= valid_from)
    );
    create index decisions_citizen_idx on decisions (citizen_id);

    -- Fee calculation basis (avgiftsgrundande inkomster), one per citizen.
    create table fee_bases (
      citizen_id uuid primary key references citizens (id) on delete cascade,
      monthly_fee numeric(10, 2) not null check (monthly_fee >= 0),
      currency text not null default 'SEK' check (currency in ('SEK', 'DKK')),
      max_fee_applies boolean not null,
      income_basis_date date not null
    );

    create table invoices (
      id uuid primary key default gen_random_uuid(),
      invoice_number text not null unique,
      citizen_id uuid not null references citizens (id) on delete cascade,
      period_start date not null,
      period_end date not null,
      amount numeric(10, 2) not null,
      currency text not null default 'SEK' check (currency in ('SEK', 'DKK')),
      due_date date not null,
      ocr_reference text not null check (ocr_reference ~ '^[0-9]{2,25}$'),
      paid boolean not null default false,
      paid_on date,
      check (period_end >= period_start),
      check (paid_on is null or paid)
    );
    create index invoices_citizen_idx on invoices (citizen_id, due_date);

    -- Who carries the district's urgent mobile when; the number is the district's unless a shift says otherwise.
    create table oncall_shifts (
      id uuid primary key default gen_random_uuid(),
      external_id text not null unique,
      district_id uuid not null references districts (id) on delete cascade,
      care_manager_id uuid references care_managers (id),
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      ${phone('phone')},
      check (ends_at > starts_at)
    );
    create index oncall_shifts_district_idx on oncall_shifts (district_id, starts_at);
  `,
};
