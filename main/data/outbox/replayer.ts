/**
 * Sends the outbox to the server, oldest first, one row at a time: a row is deleted only after
 * the server committed it. While the server does not answer, attempts back off with jitter; as
 * soon as one gets through, the rest follow without waiting.
 */
import type { Logger } from '../../core/logger.js';
import { exponentialBackoff, type ReconnectPolicy } from '../../phone/reconnect-policy.js';
import type { OutboxStore } from './outbox-store.js';
import { classifyWriteFailure, failureLabel, isOutage } from './write-failure.js';
import type { WriteLane } from './write-lane.js';

export interface ReplayerOptions {
  outbox: OutboxStore;
  lane: WriteLane;
  /** Decodes a stored write and applies it on the server; throws what the server threw. */
  send: (write: unknown) => Promise<void>;
  /** The outbox changed (a row left it or was refused). */
  onChanged: () => void;
  log: Logger;
  /** Waits between attempts while the server does not answer; tests pass a fixed one. */
  retry?: ReconnectPolicy;
}

/** Short enough that writes land within seconds of the server's return, long enough not to hammer it. */
const defaultRetry = exponentialBackoff({ firstMs: 500, maxMs: 10_000 });

type Step = 'sent' | 'refused' | 'down' | 'empty';

export class OutboxReplayer {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private draining: Promise<void> | undefined;
  /** Set synchronously around a drain, so a kick at any moment either lands in it or starts one. */
  private running = false;
  private kickedWhileRunning = false;
  /** Failed attempts in a row; sets the next wait. */
  private failures = 0;
  private stopped = false;

  constructor(private readonly options: ReplayerOptions) {}

  /** Something was queued: make sure a replay is due, keeping any backoff already running. */
  kick(): void {
    if (this.running) {
      this.kickedWhileRunning = true;
      return;
    }
    if (!this.timer) this.schedule(this.retryDelay());
  }

  /** The server just failed a write: the first replay waits, as any retry would. */
  serverFailed(): void {
    this.failures += 1;
    this.kick();
  }

  /** There is reason to believe the server is back: try now instead of at the end of the wait. */
  nudge(): void {
    if (this.running) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.schedule(0);
  }

  /** Lets a row in flight finish (so it is not sent twice), then stops. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.draining;
  }

  /** 0 after a success; the policy's wait after `failures` failed attempts in a row. */
  private retryDelay(): number {
    return this.failures === 0 ? 0 : (this.options.retry ?? defaultRetry).delayMs(this.failures - 1);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.draining = this.drain().finally(() => {
        this.draining = undefined;
      });
    }, delayMs);
  }

  private async drain(): Promise<void> {
    this.running = true;
    // The loop sits inside try so that `running` drops in the same tick the loop ends: a kick
    // after that schedules a new drain, a kick before it is seen by the loop.
    try {
      while (!this.stopped) {
        this.kickedWhileRunning = false;
        const step = await this.step();
        if (step === 'empty') {
          this.failures = 0;
          if (this.kickedWhileRunning) continue;
          return;
        }
        if (step === 'down') {
          this.failures += 1;
          this.schedule(this.retryDelay());
          return;
        }
        this.failures = 0;
      }
    } finally {
      this.running = false;
    }
  }

  private async step(): Promise<Step> {
    try {
      return await this.options.lane.run(() => this.sendOldest());
    } catch (error) {
      // The outbox itself failed (this workstation's disk): nothing was lost, try again later.
      this.options.log.error('outbox could not be read or updated', { failure: failureLabel(error) });
      return 'down';
    }
  }

  private async sendOldest(): Promise<Step> {
    const { outbox, log } = this.options;
    const entry = await outbox.next();
    if (!entry) return 'empty';
    try {
      await this.options.send(entry.write);
    } catch (error) {
      const failure = classifyWriteFailure(error);
      if (isOutage(failure)) {
        await outbox.noteAttempt(entry.seq, failureLabel(error));
        return 'down';
      }
      await outbox.markRefused(entry.seq, failureLabel(error));
      log.error('the server refused a queued write; it stays on this workstation', { seq: entry.seq, failure: failureLabel(error) });
      this.options.onChanged();
      return 'refused';
    }
    await outbox.remove(entry.seq);
    this.options.onChanged();
    return 'sent';
  }
}
