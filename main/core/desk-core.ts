/**
 * The desk's core: phone, screen-pop, data and settings wired together, with no Electron and no
 * DOM. The Electron shell and the dev host start it the same way and hand it each renderer
 * connection as a MessageCarrier.
 */
import type { MessageCarrier } from '../../shared/messaging/carrier.js';
import { createCoreSideLink } from '../../shared/messaging/links.js';
import { AgentService } from '../agent/agent-service.js';
import { serveAgentRequests } from '../agent/agent-requests.js';
import { AbandonedCallbacks } from '../callbacks/abandoned-callbacks.js';
import { serveCallbackRequests } from '../callbacks/callback-requests.js';
import { serveColleagueRequests } from '../colleagues/colleague-requests.js';
import { serveCaseFormRequests } from '../cases/case-form-requests.js';
import { serveCaseRequests } from '../cases/case-requests.js';
import { serveDraftRequests } from '../drafts/draft-requests.js';
import { DraftStore } from '../drafts/draft-store.js';
import { CallerSummaries } from '../citizens/caller-summaries.js';
import { serveCitizenRequests } from '../citizens/citizen-requests.js';
import { readCitizenSummary } from '../citizens/summary-read.js';
import { recordTransferAttempts } from '../handover/record-transfer-attempts.js';
import { serveTransferRequests } from '../handover/transfer-requests.js';
import { serveDeviceRequests } from '../devices/device-requests.js';
import { serveKnowledgeRequests } from '../knowledge/knowledge-requests.js';
import { DeskShell } from '../desktop/desk-shell.js';
import { Softphone, type PhoneEvent } from '../phone/softphone.js';
import type { ReconnectPolicy } from '../phone/reconnect-policy.js';
import { CardsOnScreen } from '../screenpop/cards-on-screen.js';
import { createScreenPop } from '../screenpop/screen-pop.js';
import { DeskSettingsService } from '../settings/desk-settings-service.js';
import type { MachinePolicy } from '../settings/machine-policy.js';
import type { SettingsSource } from '../settings/settings-source.js';
import { AnswerFirst, readsAfterAnswers } from './answer-first.js';
import { startCallHistory } from './call-history.js';
import { startDeskData } from './desk-data.js';
import type { Logger } from './logger.js';
import { RendererHub } from './renderer-hub.js';
import { serveRenderer } from './request-handlers.js';

export type { Logger } from './logger.js';

/**
 * How long a ring waits for a page to paint the caller's card: a frame or two on a working
 * desk; a frozen page costs the caller no more than this before the ring.
 */
const CARD_PAINT_WAIT_MS = 250;

export interface DeskCoreOptions {
  /** Folder for the embedded database (the user data folder in Electron). */
  dataDir: string;
  settings: SettingsSource;
  /** Settings IT enforces on this machine; none when absent. */
  policy?: MachinePolicy;
  log: Logger;
  /** Tests shorten the wait between attempts to reach the phone server. */
  reconnectPolicy?: ReconnectPolicy;
  /** The time the office calendar counts from (feedback due dates); the real time unless a test sets it. */
  officeClock?: () => Date;
}

export interface DeskCore {
  /** Serve one renderer (a window, or a browser tab through the dev host) until the carrier closes. */
  attachRenderer(carrier: MessageCarrier): void;
  /** The machine woke from sleep or was unlocked (app shell, powerMonitor): re-register at once. */
  resumed(): void;
  /**
   * What the desktop shell shows (tray, notifications) and may do (answer, Ready / Not ready,
   * dial a tel:/sip: link, Not ready when the machine sleeps or locks).
   */
  readonly shell: DeskShell;
  stop(): Promise<void>;
}

export async function startDeskCore(options: DeskCoreOptions): Promise<DeskCore> {
  const { log } = options;
  const settings = new DeskSettingsService(options.settings, log, options.policy);
  const renderers = new RendererHub();
  const answerFirst = new AnswerFirst();
  const data = await startDeskData({
    dataDir: options.dataDir,
    settings: settings.current.database,
    agent: () => settings.current.sip.user,
    onOutboxChanged: (status) => renderers.broadcast('data.outboxChanged', status),
    onChange: (change) => renderers.broadcast('data.changed', change),
    writesMayRun: () => answerFirst.mayRun(),
    log,
  });

  let loggedRegistration: string | undefined;
  const history = await startCallHistory({
    database: data.database,
    recorder: data.caseServices?.calls,
    embedded: settings.current.database.kind !== 'shared',
    agent: () => settings.current.sip.user,
    defaultRegion: () => settings.current.phoneNumbers.defaultRegion,
    log,
  });
  const summaryDatabase = data.database;
  const summaries = new CallerSummaries({
    read: summaryDatabase && ((citizenId, context) => readCitizenSummary(summaryDatabase, citizenId, context, { region: settings.current.phoneNumbers.defaultRegion, urlTemplate: settings.current.careSystem.urlTemplate })),
    agent: () => settings.current.sip.user,
    broadcast: (read) => renderers.broadcast('citizens.summaryRead', read),
    log,
  });
  const agentStates = data.caseServices?.agentStates;
  const abandoned = new AbandonedCallbacks({ cases: data.caseServices?.cases, database: data.database, agent: () => settings.current.sip.user, office: () => settings.current.office, log });
  const agent = new AgentService({
    settings: () => settings.current.agent,
    sipUser: () => settings.current.sip.user,
    declineCall: (callId): Promise<void> => phone.decline(callId),
    ringCall: (callId): Promise<void> => phone.ringWaiting(callId),
    onChanged: (status) => {
      renderers.broadcast('agent.stateChanged', status);
      shell.agentChanged(status);
    },
    ...(agentStates ? { record: (entry) => agentStates.record(entry) } : {}),
    caseRequired: () => settings.current.cases.caseRequired === 'required',
    log,
  });
  const drafts = new DraftStore({ dataDir: options.dataDir, log });
  const caseSettled = ({ clientId, callId }: { clientId: string; callId?: string }) => {
    void drafts.discard(clientId);
    if (callId !== undefined) agent.caseSettled(callId);
  };
  // What the page asks the database for waits while a call is answered, as the writes do.
  const pageReads = data.database && readsAfterAnswers(data.database, answerFirst);
  const cards = new CardsOnScreen(CARD_PAINT_WAIT_MS);
  const phone = new Softphone({
    offering: (invite) => agent.offer(invite),
    // With no desk page open there is no card to wait for.
    // A lone citizen's summary is read once the ring is out, so the read never holds up the 180.
    cardPainted: (callId) => (renderers.count > 0 ? cards.painted(callId) : Promise.resolve('timedOut' as const)).finally(() => summaries.rang(callId)),
    onTransferAttempt: recordTransferAttempts({ recorder: data.caseServices?.calls, recordsSettled: () => history.settled(), log }),
    sip: settings.current.sip,
    media: renderers.media,
    log,
    ...(options.reconnectPolicy ? { policy: options.reconnectPolicy } : {}),
    identifyCaller: createScreenPop({
      lookup: data.lookup,
      defaultRegion: () => settings.current.phoneNumbers.defaultRegion,
      agent: () => settings.current.sip.user,
      onLookupFailed: (callId, error) => log.warn('caller look-up failed', { callId, error: String(error) }),
      onLookedUp: (callId, lookupId) => summaries.lookedUp(callId, lookupId),
    }),
    onEvent: (event) => {
      if (event.type === 'callChanged') answerFirst.callChanged(event.call);
      // 'connecting' comes and goes with every retry; a line is worth it where the state lands anew.
      if (event.type === 'registrationChanged' && event.status.state !== 'connecting' && event.status.state !== loggedRegistration) {
        loggedRegistration = event.status.state;
        log.info('phone registration', { state: loggedRegistration });
      }
      history.onPhoneEvent(event);
      if (event.type === 'callerIdentified') summaries.identified(event.identified);
      abandoned.onPhoneEvent(event);
      agent.phoneEvent(event);
      shell.phoneEvent(event);
      forward(event, renderers);
    },
  });
  const shell = new DeskShell({ agent, phone, settings, broadcastNotice: (notice) => renderers.broadcast('desktop.notice', notice), log });
  settings.onChange((snapshot) => renderers.broadcast('settings.changed', snapshot));
  renderers.onMediaHostChanged((present) => phone.mediaHostChanged(present));
  phone.start();
  log.info('desk core started', { database: data.state });

  let stopped: Promise<void> | undefined;
  const stop = async () => {
    await agent.stop();
    await phone.stop();
    summaries.stop();
    await history.settled();
    await abandoned.settled();
    renderers.closeAll();
    await drafts.flush();
    await data.stop();
    log.info('desk core stopped');
  };
  return {
    resumed() {
      phone.resumed();
    },
    shell,
    attachRenderer(carrier) {
      const link = createCoreSideLink(carrier, {
        onRejected: (rejection) => log.warn('renderer message refused', { ...rejection }),
        onHandlerError: (channel, error) => log.error('request handler failed', { channel, error: String(error) }),
      });
      serveRenderer(link, { phone, settings, history });
      serveCaseRequests(link, data.caseServices, caseSettled);
      serveCaseFormRequests(link, { database: pageReads, settings: () => settings.current, agent: () => settings.current.sip.user, onSettled: caseSettled, log, ...(options.officeClock ? { now: options.officeClock } : {}) });
      serveDraftRequests(link, drafts);
      serveAgentRequests(link, agent, () => settings.current.agent.notReadyReasons);
      serveTransferRequests(link, { phone, settings, database: pageReads, log });
      serveDeviceRequests(link, { settings, agent, log, broadcast: (choices) => renderers.broadcast('devices.choicesChanged', choices) });
      serveKnowledgeRequests(link, { database: pageReads, agent: () => settings.current.sip.user, log });
      serveCallbackRequests(link, { database: pageReads, agent: () => settings.current.sip.user, timeZone: () => settings.current.office.timeZone, defaultRegion: () => settings.current.phoneNumbers.defaultRegion, log });
      serveColleagueRequests(link, { database: pageReads, agent: () => settings.current.sip.user, log });
      serveCitizenRequests(link, { summaries, database: pageReads, agent: () => settings.current.sip.user, log });
      link.on('screenpop.cardShown', ({ callId }) => cards.shown(callId));
      renderers.add(link);
    },
    stop() {
      stopped ??= stop();
      return stopped;
    },
  };
}

function forward(event: PhoneEvent, renderers: RendererHub): void {
  if (event.type === 'registrationChanged') renderers.broadcast('phone.registrationChanged', event.status);
  else if (event.type === 'callChanged') renderers.broadcast('phone.callChanged', event.call);
  else if (event.type === 'transferChanged') renderers.broadcast('transfer.changed', event.transfer);
  else renderers.broadcast('screenpop.callerIdentified', event.identified);
}
