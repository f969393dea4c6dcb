/**
 * The shared server's schema check as a desk runs it in the background: tried again with backoff
 * and jitter while the server cannot be reached, given up on a schema this build must not use
 * (MigrationError), and logged once per kind of failure rather than once per attempt.
 */
import type { Logger } from '../core/logger.js';
import type { ReconnectPolicy } from '../phone/reconnect-policy.js';
import { MigrationError, type MigrationReport } from './migrate.js';
import { classifyWriteFailure, failureLabel, isOutage } from './outbox/write-failure.js';

export type SchemaCheckState = 'checking' | 'ready' | 'blocked' | 'stopped';

export interface SchemaCheckOptions {
  /** Brings the server to this build's schema (migrate); rejects with MigrationError when it must not. */
  check: () => Promise<MigrationReport>;
  retry: ReconnectPolicy;
  log: Logger;
  onReady: () => void;
  onBlocked: (error: MigrationError) => void;
}

export class SchemaCheck {
  private current: SchemaCheckState = 'checking';
  private failures = 0;
  private lastFailure: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly options: SchemaCheckOptions) {}

  get state(): SchemaCheckState {
    return this.current;
  }

  start(): void {
    this.running ??= this.attempt().finally(() => {
      this.running = undefined;
    });
  }

  /** Lets an attempt in flight finish (a migration is not cut off halfway), then stops retrying. */
  async stop(): Promise<void> {
    if (this.current === 'checking') this.current = 'stopped';
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private async attempt(): Promise<void> {
    let report: MigrationReport;
    try {
      report = await this.options.check();
    } catch (error) {
      if (this.current === 'checking') this.failed(error);
      return;
    }
    if (this.current !== 'checking') return;
    this.current = 'ready';
    this.options.log.info('shared database reachable: schema checked, writes go to the server', {
      failedAttempts: this.failures,
      schemaVersion: report.current,
      migrationsApplied: report.applied.length,
    });
    this.options.onReady();
  }

  private failed(error: unknown): void {
    const { log } = this.options;
    if (error instanceof MigrationError) {
      this.current = 'blocked';
      // Retrying cannot help: IT must update this desk or migrate with the owner's login, then restart it.
      log.error('shared database schema cannot be used by this desk; writes stay in the outbox until IT fixes it and the desk restarts', {
        reason: error.message,
      });
      this.options.onBlocked(error);
      return;
    }
    const failure = failureLabel(error);
    const outage = isOutage(classifyWriteFailure(error));
    // One line per kind of trouble: a server coming back goes from "refused" to "starting up",
    // still the same outage for the agent; other failures are told apart by their label.
    const kind = outage ? 'outage' : failure;
    if (kind !== this.lastFailure) {
      if (outage) {
        log.warn('shared database not reachable yet: writes wait in the outbox, look-ups fail until it answers', { failure });
      } else {
        log.error('shared database answered but could not be checked; trying again', { failure });
      }
      this.lastFailure = kind;
    }
    const delayMs = this.options.retry.delayMs(this.failures++);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.start();
    }, delayMs);
  }
}
