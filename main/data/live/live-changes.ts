/**
 * Other desks' changes as they commit: the database's triggers (migration 0006) NOTIFY which row
 * of which table changed, and this turns each notification into a typed change for the core to
 * pass on. A desk that starts while the server is down keeps trying until it can listen.
 */
import { dataChangeSchema, type DataChange } from '../../../shared/contract/data.js';
import type { Logger } from '../../core/logger.js';
import { exponentialBackoff, type ReconnectPolicy } from '../../phone/reconnect-policy.js';
import type { Database } from '../database.js';

/** The channel the triggers notify on; the same literal is in migration 0006. */
export const LIVE_CHANGES_CHANNEL = 'careline_changes';

export interface LiveChangesOptions {
  db: Database;
  onChange: (change: DataChange) => void;
  /** Listening again after the connection was lost: changes made meanwhile were not seen. */
  onResumed?: () => void;
  log: Logger;
  /** Waits between attempts to start listening while the server cannot be reached. */
  retry?: ReconnectPolicy;
}

export interface LiveChanges {
  stop(): Promise<void>;
}

export function subscribeLiveChanges(options: LiveChangesOptions): LiveChanges {
  const { db, log } = options;
  const retry = options.retry ?? exponentialBackoff({ firstMs: 1_000, maxMs: 30_000 });
  let unlisten: (() => Promise<void>) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let attempt = 0;

  const deliver = (payload: string) => {
    const change = parseChange(payload);
    if (change) options.onChange(change);
    // Only the length: a payload that is not ours could hold anything.
    else log.warn('live change notification not understood', { length: payload.length });
  };

  const start = async (): Promise<void> => {
    try {
      const stop = await db.listen(LIVE_CHANGES_CHANNEL, deliver, options.onResumed ? { onResumed: options.onResumed } : {});
      if (stopped) await stop();
      else unlisten = stop;
      // Listening after failed attempts means the server is back, as a resumed listener would say.
      if (attempt > 0) options.onResumed?.();
      attempt = 0;
    } catch (error) {
      if (stopped) return;
      const delayMs = retry.delayMs(attempt++);
      log.warn('live changes: cannot listen yet, trying again', { attempt, delayMs, error: String(error) });
      timer = setTimeout(() => void start(), delayMs);
    }
  };
  void start();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await unlisten?.().catch(() => undefined);
    },
  };
}

/** The payload is JSON made by the trigger; anything else is dropped rather than passed on. */
export function parseChange(payload: string): DataChange | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return undefined;
  }
  const checked = dataChangeSchema.safeParse(parsed);
  return checked.success ? checked.data : undefined;
}
