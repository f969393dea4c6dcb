/**
 * The case register (ärendehanteringssystem): every call is registered and categorised as the
 * seeds prescribe. The taxonomy is data, seeded here with the seeds' own categories, so a
 * municipality changes it without a release.
 */
import type { Migration } from '../migrate.js';

/** [code, Swedish, Danish, English] in the order agents see them (the pilot's volumes, largest first). */
const caseTypes: [string, string, string, string][] = [
  ['home_care', 'Hemtjänst', 'Hjemmepleje', 'Home care'],
  ['forwarded_to_department', 'Kopplat till avdelning', 'Viderestillet til afdeling', 'Forwarded to department'],
  ['housing', 'Boende', 'Bolig', 'Housing'],
  ['invoice_question', 'Fakturafråga', 'Spørgsmål om faktura', 'Invoice question'],
  ['transport_service', 'Färdtjänst', 'Kørselsordning', 'Transport service'],
  ['handyman', 'Fixaren', 'Handyman', 'Handyman'],
  ['county_council_question', 'Landstingsfråga', 'Spørgsmål til regionen', 'County council question'],
  ['safety_alarm', 'Trygghetslarm', 'Nødkald', 'Safety alarm'],
  ['day_activity', 'Dagverksamhet', 'Dagtilbud', 'Day activity'],
  ['national_transport_service', 'Riksfärdtjänst', 'Landsdækkende kørselsordning', 'National transport service'],
  ['guardianship', 'God man/förvaltare', 'Værge', 'Guardianship'],
  ['personal_assistance', 'Personlig assistans/ledsagning', 'Personlig assistance/ledsagelse', 'Personal assistance/escort'],
  ['car_adaptation_grant', 'Bilstöd (KBH)', 'Støtte til bil', 'Car adaptation grant'],
];

const caseClasses: [string, string, string, string][] = [
  ['information_guidance', 'Information och vägledning', 'Information og vejledning', 'Information and guidance'],
  ['new_application', 'Ny ansökan', 'Ny ansøgning', 'New application'],
  ['status_inquiry', 'Status på anmälan eller ärende', 'Status på henvendelse eller sag', 'Status of a report or case'],
  ['complaint_administration', 'Synpunkter på central förvaltning', 'Klage over forvaltningen', 'Comments/complaints about central administration'],
  ['complaint_provider', 'Synpunkter på utförare', 'Klage over leverandør', 'Comments/complaints about providers'],
];

const feedbackChannels: [string, string, string, string][] = [
  ['phone', 'Telefon', 'Telefon', 'Phone'],
  ['letter', 'Brev', 'Brev', 'Letter'],
  ['email', 'E-post', 'E-mail', 'E-mail'],
  ['sms', 'SMS', 'SMS', 'SMS'],
  ['my_pages', 'Mina sidor', 'Mine sider', 'My pages'],
];

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
const rows = (entries: [string, string, string, string][], extra = (_code: string) => '') =>
  entries.map(([code, sv, da, en], index) => `(${quote(code)}, ${quote(sv)}, ${quote(da)}, ${quote(en)}, ${index + 1}${extra(code)})`).join(',\n      ');

export const caseRegister: Migration = {
  version: 3,
  name: 'case-register',
  sql: `
    create table case_main_categories (
      code text primary key check (code ~ '^[a-z_]+$'),
      name_sv text not null, name_da text not null, name_en text not null,
      sort_order integer not null
    );
    create table case_types (
      code text primary key check (code ~ '^[a-z_]+$'),
      main_category_code text not null references case_main_categories (code),
      name_sv text not null, name_da text not null, name_en text not null,
      sort_order integer not null,
      active boolean not null default true
    );
    create table case_classes (
      code text primary key check (code ~ '^[a-z_]+$'),
      name_sv text not null, name_da text not null, name_en text not null,
      sort_order integer not null,
      active boolean not null default true
    );
    create table feedback_channels (
      code text primary key check (code ~ '^[a-z_]+$'),
      name_sv text not null, name_da text not null, name_en text not null,
      sort_order integer not null
    );

    insert into case_main_categories (code, name_sv, name_da, name_en, sort_order)
    values ('elderly_care', 'Äldreomsorg', 'Ældrepleje', 'Elderly care', 1);
    insert into case_types (code, name_sv, name_da, name_en, sort_order, main_category_code) values
      ${rows(caseTypes, () => `, 'elderly_care'`)};
    insert into case_classes (code, name_sv, name_da, name_en, sort_order) values
      ${rows(caseClasses)};
    insert into feedback_channels (code, name_sv, name_da, name_en, sort_order) values
      ${rows(feedbackChannels)};

    -- Who is responsible: a group in the contact centre, a district's care-manager group, or a manager.
    create table handler_groups (
      id uuid primary key default gen_random_uuid(),
      external_id text unique,
      name text not null check (name <> ''),
      kind text not null check (kind in ('contact_centre', 'care_manager_group', 'manager', 'department')),
      district_id uuid references districts (id),
      provider_id uuid references providers (id)
    );

    create table cases (
      id uuid primary key default gen_random_uuid(),
      -- What agents and citizens quote; shown as e.g. "ÄD-000123".
      case_number bigint generated always as identity unique,
      main_category_code text not null references case_main_categories (code),
      case_type_code text not null references case_types (code),
      case_class_code text not null references case_classes (code),
      district_id uuid references districts (id),
      provider_id uuid references providers (id),
      unit text not null default '',
      handler_group_id uuid references handler_groups (id),
      handler_agent text,
      status text not null default 'open' check (status in ('open', 'closed', 'forwarded')),
      resolved_at_first_contact boolean not null,
      feedback_channel_code text references feedback_channels (code),
      feedback_contact text not null default '',
      due_date date,
      citizen_id uuid references citizens (id),
      caller_number text check (caller_number ~ '^[+][1-9][0-9]{6,14}$'),
      call_id text,
      notes text not null default '',
      created_at timestamptz not null default now(),
      created_by text not null check (created_by <> ''),
      updated_at timestamptz not null default now(),
      -- Chosen by the desk that wrote it: a replayed write (outbox) lands once, never twice.
      client_id uuid not null unique,
      -- Not settled on the phone: the citizen chose how to hear back, and by when.
      check (resolved_at_first_contact or (feedback_channel_code is not null and due_date is not null))
    );
    create index cases_citizen_idx on cases (citizen_id, status);
    create index cases_open_due_idx on cases (due_date) where status = 'open';
    create index cases_created_idx on cases (created_at);
    create index cases_report_idx on cases (case_type_code, case_class_code, district_id, created_at);

    create table case_events (
      id bigint generated always as identity primary key,
      case_id uuid not null references cases (id) on delete cascade,
      kind text not null check (kind in ('created', 'information_added', 'status_changed', 'reassigned')),
      at timestamptz not null default now(),
      by_agent text not null check (by_agent <> ''),
      status_from text check (status_from in ('open', 'closed', 'forwarded')),
      status_to text check (status_to in ('open', 'closed', 'forwarded')),
      note text not null default '',
      call_id text,
      client_id uuid not null unique
    );
    create index case_events_case_idx on case_events (case_id, at);
  `,
};
