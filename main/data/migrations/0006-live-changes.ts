/**
 * Live changes: every committed insert, update or delete of a call record, agent state, case,
 * case event or broadcast is announced on the channel `careline_changes`, so team leads and
 * colleagues see it without polling. The announcement names the table, the operation and the
 * row's id, never the row's content: whoever may LISTEN is not thereby allowed to read it.
 */
import type { Migration } from '../migrate.js';

const announcedTables = ['call_records', 'agent_state_log', 'cases', 'case_events', 'broadcasts'];

export const liveChanges: Migration = {
  version: 6,
  name: 'live-changes',
  sql: `
    -- NOTIFY is sent at commit and not at all on rollback; identical payloads within one
    -- transaction are folded into one, which is harmless since each names its own row.
    create or replace function careline_announce_change() returns trigger
      language plpgsql
      set search_path = pg_catalog, public
    as $$
    declare
      changed_id text;
    begin
      if tg_op = 'DELETE' then
        changed_id := old.id::text;
      else
        changed_id := new.id::text;
      end if;
      perform pg_notify('careline_changes', json_build_object('table', tg_table_name, 'op', tg_op, 'id', changed_id)::text);
      return null;
    end
    $$;

    ${announcedTables
      .map(
        (table) => `
    drop trigger if exists ${table}_announce_change on ${table};
    create trigger ${table}_announce_change
      after insert or update or delete on ${table}
      for each row execute function careline_announce_change();`,
      )
      .join('\n')}
  `,
};
