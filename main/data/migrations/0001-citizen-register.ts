/**
 * The first schema: districts, care managers, citizens with their phone numbers, and the audit
 * trail of who looked a citizen up. SQL only from PostgreSQL 15, so team servers run it too.
 */
import type { Migration } from '../migrate.js';

export const citizenRegister: Migration = {
  version: 1,
  name: 'citizen-register',
  sql: `
    -- Name search over the register needs trigram indexes; PGlite loads the extension on every open.
    create extension if not exists pg_trgm;

    create table districts (
      id uuid primary key default gen_random_uuid(),
      municipality text not null check (municipality <> ''),
      name text not null check (name <> ''),
      unique (municipality, name)
    );

    create table care_managers (
      id uuid primary key default gen_random_uuid(),
      district_id uuid not null references districts (id),
      given_name text not null,
      family_name text not null,
      phone text check (phone ~ '^[+][1-9][0-9]{6,14}$')
    );
    create index care_managers_district_idx on care_managers (district_id);

    -- The mirror of the care system: only what an agent may see, keyed by the source's own id.
    create table citizens (
      id uuid primary key default gen_random_uuid(),
      external_id text not null unique,
      given_name text not null,
      family_name text not null,
      district_id uuid not null references districts (id),
      care_manager_id uuid references care_managers (id),
      protected_identity boolean not null default false
    );
    create index citizens_district_idx on citizens (district_id);
    create index citizens_care_manager_idx on citizens (care_manager_id);

    -- A number is a line, not a person: a couple's landline belongs to both of them.
    create table phone_numbers (
      e164 text primary key check (e164 ~ '^[+][1-9][0-9]{6,14}$'),
      kind text not null check (kind in ('landline', 'mobile'))
    );

    -- Keyed by number first: the caller look-up reads it by number alone, on every ring.
    create table citizen_phone_numbers (
      e164 text not null references phone_numbers (e164),
      citizen_id uuid not null references citizens (id) on delete cascade,
      primary key (e164, citizen_id)
    );
    create index citizen_phone_numbers_citizen_idx on citizen_phone_numbers (citizen_id);

    -- Every look-up is processing of personal data and must be traceable to an agent and a call.
    create table lookup_audit (
      id bigint generated always as identity primary key,
      looked_up_at timestamptz not null default now(),
      agent text not null check (agent <> ''),
      citizen_id uuid not null references citizens (id),
      call_id text not null check (call_id <> ''),
      purpose text not null check (purpose <> '')
    );
    create index lookup_audit_citizen_idx on lookup_audit (citizen_id, looked_up_at);
  `,
};
