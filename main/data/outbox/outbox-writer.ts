/**
 * Team mode: writes go to the shared server; when it cannot take them they wait in the outbox on
 * this workstation and the agent hears "saved, waiting to be sent". While anything waits, new
 * writes queue behind it, so the server receives them in the order the agent made them.
 */
import type { OutboxStatus } from '../../../shared/contract/data.js';
import type { Logger } from '../../core/logger.js';
import type { Database } from '../database.js';
import type { ReconnectPolicy } from '../../phone/reconnect-policy.js';
import type { ApplyWrite, DurableWriter, Submitted } from './durable-writer.js';
import type { OutboxStore } from './outbox-store.js';
import { OutboxReplayer } from './replayer.js';
import { StatusPublisher } from './status-publisher.js';
import { classifyWriteFailure, failureLabel, isOutage } from './write-failure.js';
import { WriteLane } from './write-lane.js';

export interface OutboxWriterOptions<W, R> {
  server: Database;
  outbox: OutboxStore;
  apply: ApplyWrite<W, R>;
  /** Turns a stored write back into a typed one; throws on a row it cannot read. */
  decode: (stored: unknown) => W;
  log: Logger;
  retry?: ReconnectPolicy;
}

/** Starts replaying at once: writes left from an earlier run (a desk closed during an outage) go first. */
export function createOutboxWriter<W, R>(options: OutboxWriterOptions<W, R>): DurableWriter<W, R> {
  const { server, outbox, apply, decode, log } = options;
  const lane = new WriteLane();
  const publisher = new StatusPublisher(() => outbox.status(), log);
  const replayer = new OutboxReplayer({
    outbox,
    lane,
    send: async (stored) => void (await apply(server, decode(stored))),
    onChanged: () => publisher.changed(),
    log,
    ...(options.retry ? { retry: options.retry } : {}),
  });

  const queue = async (clientId: string, write: W): Promise<Submitted<R>> => {
    await outbox.append(clientId, write);
    publisher.changed();
    return { delivery: 'queued' };
  };

  const submit = (clientId: string, write: W): Promise<Submitted<R>> =>
    lane.run(async () => {
      if (await outbox.next()) {
        const queued = await queue(clientId, write);
        replayer.kick();
        return queued;
      }
      try {
        return { delivery: 'saved', result: await apply(server, write) };
      } catch (error) {
        if (!isOutage(classifyWriteFailure(error))) throw error;
        log.warn('shared database did not take a write; it waits in the outbox', { failure: failureLabel(error) });
        const queued = await queue(clientId, write);
        replayer.serverFailed();
        return queued;
      }
    });

  publisher.changed();
  replayer.kick();
  return {
    submit,
    status: () => outbox.status(),
    onStatus: (listener: (status: OutboxStatus) => void) => publisher.subscribe(listener),
    nudge: () => replayer.nudge(),
    async stop() {
      await replayer.stop();
      await lane.run(() => publisher.settled());
    },
  };
}
