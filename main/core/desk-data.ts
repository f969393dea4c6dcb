/**
 * The core's data side: the desk's database, the caller look-up behind the screen-pop, the case and
 * call-record writers with their outbox, and other desks' live changes, wired so that writes made
 * while the shared server was out of reach (at start or later) are sent as soon as it is usable.
 */
import type { DataChange, OutboxStatus } from '../../shared/contract/data.js';
import { startCaseServices, type CaseServices } from '../cases/case-services.js';
import { findCallerByNumber } from '../data/caller-lookup.js';
import type { Database } from '../data/database.js';
import { startDeskDatabase } from '../data/desk-database.js';
import { subscribeLiveChanges } from '../data/live/live-changes.js';
import { failureLabel } from '../data/outbox/write-failure.js';
import type { DeskDatabase } from '../data/shared-connection.js';
import type { ReconnectPolicy } from '../phone/reconnect-policy.js';
import type { CallerLookup } from '../screenpop/screen-pop.js';
import type { DatabaseSettings } from '../settings/desk-settings.js';
import type { Logger } from './logger.js';

export interface DeskDataOptions {
  dataDir: string;
  settings: DatabaseSettings;
  /** The SIP user of the agent at this desk. */
  agent: () => string;
  onOutboxChanged: (status: OutboxStatus) => void;
  onChange: (change: DataChange) => void;
  log: Logger;
  /** Waits between attempts to reach the shared server (schema check, replay, listening); tests shorten them. */
  retry?: ReconnectPolicy;
  /** Resolves when writes may run (see core/answer-first.ts). */
  writesMayRun?: () => Promise<void>;
}

export interface DeskData {
  /** Rejects at once while there is no usable database, so the card says so instead of waiting. */
  lookup: CallerLookup;
  /** Undefined when there is no database at all: saves are then refused as unavailable. */
  caseServices: CaseServices | undefined;
  /** For the call history's reads; undefined when there is no database at all. */
  database: Database | undefined;
  /** `connecting` while a shared server's schema check has not passed yet; `blocked` when it never will. */
  state: 'open' | 'connecting' | 'blocked' | 'unavailable';
  stop(): Promise<void>;
}

export async function startDeskData(options: DeskDataOptions): Promise<DeskData> {
  const { log, retry } = options;
  const desk = await openDatabaseOrNothing(options);
  if (!desk) {
    return {
      lookup: () => Promise.reject(new Error('the database could not be opened')),
      caseServices: undefined,
      database: undefined,
      state: 'unavailable',
      stop: () => Promise.resolve(),
    };
  }
  const { database } = desk;
  let schemaBlocked = false;
  const withSchemaState = (status: OutboxStatus): OutboxStatus => (schemaBlocked ? { ...status, schemaBlocked: true } : status);
  const services = await startCaseServices({
    database,
    shared: options.settings.kind === 'shared',
    dataDir: options.dataDir,
    agent: options.agent,
    onOutboxChanged: (status) => options.onOutboxChanged(withSchemaState(status)),
    log,
    ...(retry ? { retry } : {}),
    ...(options.writesMayRun ? { writesMayRun: options.writesMayRun } : {}),
  });
  const caseServices: CaseServices = { ...services, outboxStatus: async () => withSchemaState(await services.outboxStatus()) };
  const liveChanges = subscribeLiveChanges({
    db: database,
    onChange: options.onChange,
    onResumed: () => services.serverAnswers(),
    log,
    ...(retry ? { retry } : {}),
  });
  let state: DeskData['state'] = 'connecting';
  desk.onReady(() => {
    state = 'open';
    services.serverAnswers();
  });
  desk.onBlocked(() => {
    schemaBlocked = true;
    state = 'blocked';
    caseServices.outboxStatus().then(options.onOutboxChanged, (error: unknown) => log.error('outbox status could not be read', { failure: failureLabel(error) }));
  });

  return {
    lookup: (e164, context) => findCallerByNumber(database, e164, context),
    caseServices,
    database,
    get state() {
      return state;
    },
    async stop() {
      await liveChanges.stop();
      await services.stop();
      await database.close();
    },
  };
}

/** A broken database must not take the phone down with it: calls still ring, cards say why not. */
async function openDatabaseOrNothing(options: DeskDataOptions): Promise<DeskDatabase | undefined> {
  try {
    return await startDeskDatabase(options.dataDir, options.settings, options.log, options.retry ? { retry: options.retry } : {});
  } catch (error) {
    options.log.error('database could not be opened; calls will ring without caller cards', { error: String(error) });
    return undefined;
  }
}
