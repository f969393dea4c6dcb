/**
 * The write side of the case register and the call records, as the core starts it: straight into
 * the embedded database, or in team mode to the shared server with the outbox (PGlite in the data
 * folder) behind it, its replay started here and stopped with the core.
 */
import type { OutboxStatus } from '../../shared/contract/data.js';
import { AgentStateRecorder } from '../agent/agent-state-log.js';
import { CallRecorder } from '../calls/call-recorder.js';
import type { Logger } from '../core/logger.js';
import type { Database } from '../data/database.js';
import { createDirectWriter, type DurableWriter } from '../data/outbox/durable-writer.js';
import { openOutbox } from '../data/outbox/outbox-store.js';
import { createOutboxWriter } from '../data/outbox/outbox-writer.js';
import { failureLabel } from '../data/outbox/write-failure.js';
import type { ReconnectPolicy } from '../phone/reconnect-policy.js';
import { CaseWriter } from './case-writer.js';
import { applyDeskWrite, decodeDeskWrite, type DeskWrite, type WriteResult } from './desk-writes.js';

export interface CaseServicesOptions {
  database: Database;
  /** The database is a team's shared server, which may be out of reach. */
  shared: boolean;
  /** Where the outbox lives: the user data folder. */
  dataDir: string;
  /** The agent at this desk (SIP user), recorded as the author of every case write. */
  agent: () => string;
  onOutboxChanged: (status: OutboxStatus) => void;
  log: Logger;
  /** Waits between replay attempts while the server is down; tests shorten them. */
  retry?: ReconnectPolicy;
  /** Resolves when writes may run; the phone holds them while it answers (core/answer-first.ts). */
  writesMayRun?: () => Promise<void>;
}

export interface CaseServices {
  cases: CaseWriter;
  calls: CallRecorder;
  agentStates: AgentStateRecorder;
  outboxStatus(): Promise<OutboxStatus>;
  /** The server is known to answer again: replay now rather than at the end of the backoff. */
  serverAnswers(): void;
  /** Lets a replay in flight finish; closes the outbox. */
  stop(): Promise<void>;
}

export async function startCaseServices(options: CaseServicesOptions): Promise<CaseServices> {
  const { writer: opened, close } = await openWriter(options);
  const writer = options.writesMayRun ? waitingWriter(opened, options.writesMayRun) : opened;
  writer.onStatus(options.onOutboxChanged);
  return {
    cases: new CaseWriter({ writer, agent: options.agent }),
    calls: new CallRecorder(writer),
    agentStates: new AgentStateRecorder(writer),
    outboxStatus: () => writer.status(),
    serverAnswers: () => writer.nudge(),
    async stop() {
      await writer.stop();
      await close();
    },
  };
}

type Writer = DurableWriter<DeskWrite, WriteResult>;

function waitingWriter(writer: Writer, writesMayRun: () => Promise<void>): Writer {
  return {
    ...writer,
    submit: async (clientId, write) => {
      await writesMayRun();
      return writer.submit(clientId, write);
    },
  };
}

async function openWriter(options: CaseServicesOptions): Promise<{ writer: Writer; close: () => Promise<void> }> {
  const { database, log } = options;
  const direct = { writer: createDirectWriter(database, applyDeskWrite), close: () => Promise.resolve() };
  if (!options.shared) return direct;
  let outbox;
  try {
    outbox = await openOutbox(options.dataDir);
  } catch (error) {
    // Writes still reach a server that answers; only the safety net for outages is missing.
    log.error('the outbox could not be opened; writes fail while the shared database is down', { failure: failureLabel(error) });
    return direct;
  }
  const writer = createOutboxWriter({
    server: database,
    outbox,
    apply: applyDeskWrite,
    decode: decodeDeskWrite,
    log,
    ...(options.retry ? { retry: options.retry } : {}),
  });
  return { writer, close: () => outbox.close() };
}
