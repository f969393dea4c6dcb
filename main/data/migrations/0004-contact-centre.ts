/**
 * The contact centre itself: agents and their states, every call offered and what became of it,
 * the knowledge base with its revisions, broadcasts to all agents, and the audit of everything
 * that is not a caller look-up.
 */
import type { Migration } from '../migrate.js';

export const contactCentre: Migration = {
  version: 4,
  name: 'contact-centre',
  sql: `
    create table teams (
      id uuid primary key default gen_random_uuid(),
      name text not null unique check (name <> '')
    );

    create table agents (
      sip_user text primary key check (sip_user ~ '^[A-Za-z0-9_.+-]{1,64}$'),
      display_name text not null,
      role text not null default 'agent' check (role in ('agent', 'lead', 'admin')),
      -- The seeds' two levels: 1 takes calls, 2 backs up at peaks and does casework.
      level smallint not null default 1 check (level in (1, 2)),
      languages text[] not null default '{}',
      team_id uuid references teams (id),
      active boolean not null default true
    );

    create table agent_state_log (
      id bigint generated always as identity primary key,
      sip_user text not null references agents (sip_user),
      state text not null check (state in ('ready', 'not_ready', 'on_call', 'wrap_up', 'offline')),
      reason text not null default '',
      at timestamptz not null default now()
    );
    create index agent_state_log_agent_idx on agent_state_log (sip_user, at);

    create table call_records (
      id uuid primary key default gen_random_uuid(),
      call_id text not null unique,
      direction text not null check (direction in ('inbound', 'outbound')),
      dialled text not null default '',
      caller_number text check (caller_number ~ '^[+][1-9][0-9]{6,14}$'),
      citizen_id uuid references citizens (id),
      offered_at timestamptz not null,
      answered_at timestamptz,
      ended_at timestamptz,
      answered_by text references agents (sip_user),
      outcome text not null default 'in_progress' check (outcome in ('in_progress', 'answered', 'abandoned', 'missed', 'transferred')),
      client_id uuid not null unique,
      check (answered_at is null or answered_at >= offered_at),
      check (ended_at is null or ended_at >= offered_at)
    );
    create index call_records_offered_idx on call_records (offered_at);

    -- Every attempt to hand a caller on, the urgent on-call handover included: who took it, when.
    create table call_transfers (
      id bigint generated always as identity primary key,
      call_record_id uuid not null references call_records (id) on delete cascade,
      kind text not null check (kind in ('blind', 'attended', 'urgent_oncall')),
      target_number text not null,
      target_label text not null default '',
      attempted_at timestamptz not null,
      answered_at timestamptz,
      accepted_by text not null default '',
      outcome text not null check (outcome in ('accepted', 'no_answer', 'declined', 'cancelled', 'failed'))
    );
    create index call_transfers_call_idx on call_transfers (call_record_id);

    create table knowledge_articles (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('service_guide', 'provider_catalogue', 'fees', 'faq', 'care_manager_directory', 'organisation_chart', 'local_deviation')),
      municipality text,
      -- Local deviations show as a banner while valid.
      valid_from date,
      valid_to date,
      archived boolean not null default false,
      created_at timestamptz not null default now(),
      check (valid_to is null or valid_from is null or valid_to >= valid_from)
    );

    create table knowledge_article_revisions (
      article_id uuid not null references knowledge_articles (id) on delete cascade,
      revision integer not null check (revision > 0),
      language text not null check (language in ('sv', 'da', 'en')),
      title text not null check (title <> ''),
      body text not null,
      author text not null,
      created_at timestamptz not null default now(),
      approved_by text,
      approved_at timestamptz,
      primary key (article_id, revision)
    );

    create table broadcasts (
      id uuid primary key default gen_random_uuid(),
      message text not null check (message <> ''),
      severity text not null default 'info' check (severity in ('info', 'warning', 'crisis')),
      team_id uuid references teams (id),
      sent_by text not null,
      sent_at timestamptz not null default now(),
      valid_until timestamptz
    );

    -- Searches by name or identity number, exports, role changes: who did what to which record, and why.
    create table audit_log (
      id bigint generated always as identity primary key,
      at timestamptz not null default now(),
      actor text not null check (actor <> ''),
      action text not null check (action <> ''),
      subject_type text not null default '',
      subject_id text not null default '',
      call_id text,
      reason text not null default ''
    );
    create index audit_log_subject_idx on audit_log (subject_type, subject_id, at);
  `,
};
