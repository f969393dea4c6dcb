/**
 * Finding a citizen when the number says nothing: an audited search by name, address or personal
 * identity number, in the two steps of migration 7 (begin: audit written and committed; read: only
 * what a committed search found). Protected identities are never found, not even as a marker.
 * And one audit row per look-up: the summary of a citizen a caller look-up or search showed is
 * read as part of it.
 */
import type { Migration } from '../migrate.js';
import { citizenSearchFunctions } from '../../citizens/citizen-search-sql.js';
import { summaryInLookupFunctions } from '../../citizens/summary-in-lookup-sql.js';

export const citizenSearch: Migration = {
  version: 10,
  name: 'citizen-search',
  sql: `
    alter table lookups drop constraint if exists lookups_kind_check;
    alter table lookups add constraint lookups_kind_check check (kind in ('caller', 'summary', 'search'));

    -- One row per search, found or not: who searched, for which call, and in what kind of terms
    -- (never the terms: a name or an identity number is itself personal data). The citizens it
    -- showed are in lookup_audit under the same lookup_id.
    create table if not exists citizen_search_audit (
      id bigint generated always as identity primary key,
      searched_at timestamptz not null default now(),
      agent text not null check (agent <> ''),
      stated_agent text,
      call_id text not null check (call_id <> ''),
      lookup_id uuid not null references lookups (id),
      search_kind text not null check (search_kind in ('identity_number', 'name_or_address')),
      found integer not null check (found >= 0)
    );
    create index if not exists citizen_search_audit_agent_idx on citizen_search_audit (agent, searched_at);

    ${citizenSearchFunctions}

    revoke all on function careline_begin_citizen_search(text, text, text, text) from public;
    revoke all on function careline_read_citizen_search(uuid, text) from public;
    revoke all on function careline_citizen_external_id(text, uuid, text) from public;
    grant execute on function careline_citizen_external_id(text, uuid, text) to careline_agent;
    grant execute on function careline_begin_citizen_search(text, text, text, text), careline_read_citizen_search(uuid, text) to careline_agent;
    grant select on citizen_search_audit to careline_admin;

    ${summaryInLookupFunctions}

    revoke all on function careline_summary_json(uuid) from public;
    revoke all on function careline_read_summary_in_lookup(uuid, uuid, text) from public;
    grant execute on function careline_read_summary_in_lookup(uuid, uuid, text) to careline_agent;
  `,
};
