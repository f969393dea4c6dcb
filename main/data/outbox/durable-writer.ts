/**
 * What the case and call-record writers hand their writes to: straight into the embedded
 * database, or to the shared server with the outbox behind it. Callers learn whether the write is
 * on the server now or safe on this workstation and on its way.
 */
import type { OutboxStatus } from '../../../shared/contract/data.js';
import type { Database } from '../database.js';

export type Submitted<R> = { delivery: 'saved'; result: R } | { delivery: 'queued' };

export interface DurableWriter<W, R> {
  /** Resolves once the write is committed or queued; rejects when it was refused (and is not queued). */
  submit(clientId: string, write: W): Promise<Submitted<R>>;
  status(): Promise<OutboxStatus>;
  /** Called after every change of the outbox, with its new status. */
  onStatus(listener: (status: OutboxStatus) => void): () => void;
  /** Tells the writer the server answers again (e.g. a live-change connection came back). */
  nudge(): void;
  stop(): Promise<void>;
}

/** Applies one write to a database, idempotently: the same client id twice changes nothing. */
export type ApplyWrite<W, R> = (db: Database, write: W) => Promise<R>;

const nothingWaiting: OutboxStatus = { waiting: 0, refused: 0 };

/** The embedded engine is on this disk: there is no server to wait for. */
export function createDirectWriter<W, R>(db: Database, apply: ApplyWrite<W, R>): DurableWriter<W, R> {
  return {
    submit: async (_clientId, write) => ({ delivery: 'saved', result: await apply(db, write) }),
    status: () => Promise.resolve(nothingWaiting),
    onStatus: () => () => undefined,
    nudge: () => undefined,
    stop: () => Promise.resolve(),
  };
}
