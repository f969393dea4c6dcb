/**
 * Who may read and write what: four group roles, table rights per role, row-level security where a
 * right depends on the row, and the audited look-up functions that are an agent's only way into
 * the citizen mirror. Every statement is idempotent: roles belong to the whole cluster, so a second
 * database on the same server finds them already there.
 */
import type { Migration } from '../migrate.js';
import { auditedLookupFunctions } from '../privacy/audited-lookup-sql.js';

/*
 * How IT gives a person access to a team server (login roles inherit, the default; never SUPERUSER
 * or BYPASSRLS, and never the owner of the tables):
 *   create role "anna.berg" login password '...' in role careline_agent;
 *   create role "desk-1" login password '...' in role careline_agent;   -- a desk shared by a shift
 *   grant careline_lead to "anna.berg";                                  -- a lead is also an agent
 *   alter role "anna.berg" nologin;                                      -- leaving: the audit keeps the name
 * The audit names the login role, so a shared desk login is traceable only to the desk.
 */
const groupRoles = ['careline_agent', 'careline_lead', 'careline_admin', 'careline_importer'];

/** Everything mirrored from the care and finance systems: importers write it, agents never read it directly. */
const mirrorTables = [
  'districts',
  'care_managers',
  'citizens',
  'citizen_identity_numbers',
  'phone_numbers',
  'citizen_phone_numbers',
  'relatives',
  'relative_phone_numbers',
  'providers',
  'decisions',
  'fee_bases',
  'invoices',
  'oncall_shifts',
];

/** Nothing about a citizen: what an agent needs to route, register and answer. */
const agentReadable = [
  'districts',
  'care_managers',
  'providers',
  'oncall_shifts',
  'case_main_categories',
  'case_types',
  'case_classes',
  'feedback_channels',
  'handler_groups',
  'knowledge_articles',
  'knowledge_article_revisions',
  'broadcasts',
  'agents',
  'teams',
];

const list = (names: readonly string[]) => names.join(', ');

export const rolesAndPrivacy: Migration = {
  version: 5,
  name: 'roles-and-privacy',
  sql: `
    -- Checked first and tolerant of a race: two databases of one cluster may migrate at once
    -- (the migration lock is per database). Creating roles needs CREATEROLE; where IT made the
    -- roles beforehand, this creates nothing and needs no such right.
    do $$
    declare
      group_role text;
    begin
      foreach group_role in array array['${groupRoles.join("', '")}'] loop
        if not exists (select 1 from pg_roles where rolname = group_role) then
          begin
            execute format('create role %I nologin', group_role);
          exception when duplicate_object or unique_violation then
            null;
          end;
        end if;
      end loop;
      -- A lead works calls as well: everything an agent may, plus the reports.
      if not pg_has_role('careline_lead', 'careline_agent', 'member') then
        begin
          grant careline_agent to careline_lead;
        exception when unique_violation then
          null;
        end;
      end if;
    end
    $$;

    -- Servers created before PostgreSQL 15 let every role create objects in public, where they
    -- could shadow names the security-definer functions use.
    revoke create on schema public from public;

    -- The audited name is not always what the desk said (see careline_audited_agent); both are kept.
    alter table lookup_audit add column if not exists stated_agent text;
    create index if not exists lookup_audit_agent_idx on lookup_audit (agent, looked_up_at);

    ${auditedLookupFunctions}

    grant select on ${list(agentReadable)} to careline_agent;
    grant select, insert, update on cases to careline_agent;
    -- Events are the case's history: added, never rewritten.
    grant select, insert on case_events to careline_agent;
    grant insert on call_records, call_transfers, agent_state_log to careline_agent;
    -- A desk completes its call record (answered, ended, outcome) and replays it idempotently
    -- (on conflict needs to read the key): the call's course, never who called or was called.
    grant select (id, client_id, call_id, direction, offered_at, answered_at, ended_at, answered_by, outcome),
          update (answered_at, ended_at, answered_by, outcome) on call_records to careline_agent;
    -- Every desk checks the schema version before it starts; only the owner migrates.
    grant select on schema_migrations to ${groupRoles.join(', ')};

    grant select on call_records, call_transfers, agent_state_log to careline_lead;

    grant select on lookup_audit, audit_log to careline_admin;
    grant select, insert, update on agents, teams to careline_admin;

    -- Upserts by external id read the key they collide on; deletes drop what the source dropped.
    grant select, insert, update, delete on ${list(mirrorTables)} to careline_importer;

    -- The contact centre works every case, but a closed case is settled: only a lead reopens it.
    -- The owner of the tables (the migration, the embedded desk) is not bound by these policies.
    alter table cases enable row level security;
    drop policy if exists cases_agent_read on cases;
    create policy cases_agent_read on cases for select to careline_agent using (true);
    drop policy if exists cases_agent_register on cases;
    create policy cases_agent_register on cases for insert to careline_agent with check (true);
    drop policy if exists cases_agent_update_open on cases;
    create policy cases_agent_update_open on cases for update to careline_agent using (status = 'open') with check (true);
    drop policy if exists cases_lead_update on cases;
    create policy cases_lead_update on cases for update to careline_lead using (true) with check (true);
  `,
};
