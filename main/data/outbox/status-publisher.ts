/**
 * Tells listeners how many writes wait, after every change of the outbox. Changes that come
 * while the count is being read are folded into one more read, so the last word is always the
 * outbox as it is now and a listener never sees an older count after a newer one.
 */
import type { OutboxStatus } from '../../../shared/contract/data.js';
import type { Logger } from '../../core/logger.js';
import { failureLabel } from './write-failure.js';

export class StatusPublisher {
  private readonly listeners = new Set<(status: OutboxStatus) => void>();
  private reading: Promise<void> | undefined;
  private dirty = false;
  private last: string | undefined;

  constructor(
    private readonly read: () => Promise<OutboxStatus>,
    private readonly log: Logger,
  ) {}

  subscribe(listener: (status: OutboxStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    this.dirty = true;
    this.reading ??= this.readUntilClean();
  }

  /** Resolves when the latest change has been published. */
  async settled(): Promise<void> {
    await this.reading;
  }

  /** Always awaits at least once (it starts dirty), so `reading` is set before the finally clears it. */
  private async readUntilClean(): Promise<void> {
    try {
      while (this.dirty) {
        this.dirty = false;
        try {
          this.publish(await this.read());
        } catch (error) {
          this.log.error('outbox status could not be read', { failure: failureLabel(error) });
        }
      }
    } finally {
      // In the tick the loop ends, so a change after this starts a new read instead of being dropped.
      this.reading = undefined;
    }
  }

  private publish(status: OutboxStatus): void {
    const key = JSON.stringify(status);
    if (key === this.last) return;
    this.last = key;
    for (const listener of this.listeners) listener(status);
  }
}
