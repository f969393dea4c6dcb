/**
 * The outbox: writes meant for the shared server, kept on this workstation's disk (PGlite in the
 * data folder) until the server has them. Rows leave in the order they came; a row is deleted
 * only after the server committed it, so a crash in between replays it, and the server's
 * `client_id` makes that replay a no-op.
 */
import { join } from 'node:path';
import type { OutboxStatus } from '../../../shared/contract/data.js';
import type { Database } from '../database.js';
import { migrate, type Migration } from '../migrate.js';
import { openPgliteDatabase } from '../pglite-database.js';

export interface OutboxEntry {
  seq: number;
  clientId: string;
  /** As appended; the writer decodes and validates it again before replaying. */
  write: unknown;
  queuedAt: Date;
}

export interface OutboxStore {
  /** False when a write with this client id is already waiting (a retried request). */
  append(clientId: string, write: unknown): Promise<boolean>;
  /** The oldest write still to be sent. */
  next(): Promise<OutboxEntry | undefined>;
  remove(seq: number): Promise<void>;
  /** Remembers why the latest attempt failed (a label, never the write's content). */
  noteAttempt(seq: number, failure: string): Promise<void>;
  /** Keeps a write the server refused out of the queue, on disk, for support to look at. */
  markRefused(seq: number, failure: string): Promise<void>;
  status(): Promise<OutboxStatus>;
  close(): Promise<void>;
}

const outboxSchema: Migration = {
  version: 1,
  name: 'outbox',
  sql: `
    create table outbox (
      seq integer generated always as identity primary key,
      client_id uuid not null unique,
      -- Holds the write itself, personal data included: it stays in this user's data folder.
      write jsonb not null,
      queued_at timestamptz not null default now(),
      attempts integer not null default 0,
      last_failure text,
      refused_at timestamptz
    );
    create index outbox_waiting_idx on outbox (seq) where refused_at is null;
  `,
};

/** Opens `<dataDir>/outbox`; the desk's single-instance lock keeps it to one process. */
export async function openOutbox(dataDir: string): Promise<OutboxStore> {
  return openOutboxIn(await openPgliteDatabase(join(dataDir, 'outbox')));
}

/** An outbox in an already open database (a throwaway in-memory one in tests). */
export async function openOutboxIn(db: Database): Promise<OutboxStore> {
  try {
    await migrate(db, [outboxSchema]);
  } catch (error) {
    await db.close();
    throw error;
  }
  return new PgliteOutbox(db);
}

class PgliteOutbox implements OutboxStore {
  constructor(private readonly db: Database) {}

  async append(clientId: string, write: unknown): Promise<boolean> {
    const rows = await this.db.query(
      'insert into outbox (client_id, write) values ($1, $2::jsonb) on conflict (client_id) do nothing returning seq',
      [clientId, JSON.stringify(write)],
    );
    return rows.length > 0;
  }

  async next(): Promise<OutboxEntry | undefined> {
    const [row] = await this.db.query<{ seq: number; client_id: string; write: unknown; queued_at: Date }>(
      'select seq, client_id, write, queued_at from outbox where refused_at is null order by seq limit 1',
    );
    return row && { seq: row.seq, clientId: row.client_id, write: row.write, queuedAt: row.queued_at };
  }

  async remove(seq: number): Promise<void> {
    await this.db.query('delete from outbox where seq = $1', [seq]);
  }

  async noteAttempt(seq: number, failure: string): Promise<void> {
    await this.db.query('update outbox set attempts = attempts + 1, last_failure = $2 where seq = $1', [seq, failure]);
  }

  async markRefused(seq: number, failure: string): Promise<void> {
    await this.db.query('update outbox set attempts = attempts + 1, last_failure = $2, refused_at = now() where seq = $1', [seq, failure]);
  }

  async status(): Promise<OutboxStatus> {
    const [row] = await this.db.query<{ waiting: number; refused: number; oldest: Date | null }>(
      `select count(*) filter (where refused_at is null)::int as waiting,
              count(*) filter (where refused_at is not null)::int as refused,
              min(queued_at) filter (where refused_at is null) as oldest
         from outbox`,
    );
    const waiting = row?.waiting ?? 0;
    const refused = row?.refused ?? 0;
    return row?.oldest ? { waiting, refused, oldestSince: row.oldest.getTime() } : { waiting, refused };
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
