/**
 * No look-up without a committed audit: migration 5's one-step functions wrote the audit in the
 * reading transaction, which an agent with their own SQL client could roll back after reading.
 * Now a look-up is begun (audit written, committed on its own) and then read in a later transaction.
 */
import type { Migration } from '../migrate.js';
import { committedLookupFunctions } from '../privacy/committed-lookup-sql.js';
import { summaryReadFunction } from '../privacy/summary-read-sql.js';

export const committedAudit: Migration = {
  version: 7,
  name: 'committed-audit',
  sql: `
    -- One row per look-up, found or not, so a read can tell "nobody on that number" from "not
    -- begun"; it holds no number and no citizen. begun_in is the beginning transaction, whose
    -- commit the read checks.
    create table if not exists lookups (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('caller', 'summary')),
      agent text not null check (agent <> ''),
      stated_agent text,
      call_id text not null check (call_id <> ''),
      purpose text not null check (purpose <> ''),
      begun_at timestamptz not null default now(),
      begun_in xid8 not null
    );

    -- What a read may show is what its look-up audited: which citizens, found how, via which relative.
    alter table lookup_audit add column if not exists lookup_id uuid references lookups (id);
    alter table lookup_audit add column if not exists matched_as text check (matched_as in ('number', 'relative'));
    alter table lookup_audit add column if not exists relative_id uuid;
    create index if not exists lookup_audit_lookup_idx on lookup_audit (lookup_id);

    ${committedLookupFunctions}
    ${summaryReadFunction}

    revoke all on function careline_committed_lookup(uuid, text, text) from public;
    revoke all on function careline_begin_caller_lookup(text, text, text, text) from public;
    revoke all on function careline_read_caller_lookup(uuid, text) from public;
    revoke all on function careline_begin_summary_lookup(uuid, text, text, text) from public;
    revoke all on function careline_read_summary_lookup(uuid, text) from public;
    grant execute on function careline_begin_caller_lookup(text, text, text, text), careline_read_caller_lookup(uuid, text),
          careline_begin_summary_lookup(uuid, text, text, text), careline_read_summary_lookup(uuid, text) to careline_agent;

    grant select on lookups to careline_admin;

    -- The one-step functions are the hole itself, and nothing calls them any more (the desk reads
    -- through the two steps): dropped, not merely revoked, so no later grant can reopen it.
    drop function if exists careline_lookup_caller(text, text, text, text);
    drop function if exists careline_citizen_summary(uuid, text, text, text);
  `,
};
