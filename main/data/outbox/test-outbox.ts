/**
 * For the outbox's unit tests: an outbox in memory, and a server that is up or down at the
 * test's command and remembers what it committed, once per client id as the real one does.
 */
import type { OutboxStatus } from '../../../shared/contract/data.js';
import type { OutboxEntry, OutboxStore } from './outbox-store.js';

export interface TestWrite {
  clientId: string;
  label: string;
}

export class MemoryOutbox implements OutboxStore {
  rows: (OutboxEntry & { refused?: string; failures: string[] })[] = [];
  private seq = 0;

  async append(clientId: string, write: unknown): Promise<boolean> {
    if (this.rows.some((row) => row.clientId === clientId)) return false;
    this.rows.push({ seq: ++this.seq, clientId, write, queuedAt: new Date(Date.now()), failures: [] });
    return true;
  }

  async next(): Promise<OutboxEntry | undefined> {
    return this.rows.find((row) => row.refused === undefined);
  }

  async remove(seq: number): Promise<void> {
    this.rows = this.rows.filter((row) => row.seq !== seq);
  }

  async noteAttempt(seq: number, failure: string): Promise<void> {
    this.rows.find((row) => row.seq === seq)?.failures.push(failure);
  }

  async markRefused(seq: number, failure: string): Promise<void> {
    const row = this.rows.find((r) => r.seq === seq);
    if (row) row.refused = failure;
  }

  async status(): Promise<OutboxStatus> {
    const waiting = this.rows.filter((row) => row.refused === undefined);
    const oldest = waiting[0];
    const status = { waiting: waiting.length, refused: this.rows.length - waiting.length };
    return oldest ? { ...status, oldestSince: oldest.queuedAt.getTime() } : status;
  }

  async close(): Promise<void> {}

  waitingLabels(): string[] {
    return this.rows.filter((row) => row.refused === undefined).map((row) => (row.write as TestWrite).label);
  }
}

const refusal = (code: string) => Object.assign(new Error('server refused the write'), { code });

export class TestServer {
  up = true;
  /** Labels in commit order. */
  committed: string[] = [];
  /** When each attempt reached the server (Date.now()), successful or not. */
  attempts: number[] = [];
  /** Labels the server refuses with a check violation. */
  readonly refuses = new Set<string>();

  async apply(write: TestWrite): Promise<{ committedAs: number }> {
    this.attempts.push(Date.now());
    if (!this.up) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    if (this.refuses.has(write.label)) throw refusal('23514');
    if (!this.committed.includes(write.label)) this.committed.push(write.label);
    return { committedAs: this.committed.indexOf(write.label) + 1 };
  }
}
