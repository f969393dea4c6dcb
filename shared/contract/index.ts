/**
 * The whole contract between the core (main process or dev host) and a renderer.
 * Every message that crosses is declared here, once, with the schema both sides validate.
 */
import { agentEvents, agentRequests } from './agent.js';
import { callbacksRequests } from './callbacks.js';
import { caseFormRequests, casesRequests } from './cases.js';
import { citizensEvents, citizensRequests } from './citizens.js';
import { colleaguesRequests } from './colleagues.js';
import { dataEvents, dataRequests } from './data.js';
import { desktopEvents } from './desktop.js';
import { draftsRequests } from './drafts.js';
import { devicesEvents, devicesRequests } from './devices.js';
import { knowledgeRequests } from './knowledge.js';
import { mediaConfigurationRequests, mediaEvents, mediaRequests } from './media.js';
import { phoneEvents, phoneRequests } from './phone.js';
import { screenpopEvents, screenpopPageEvents } from './screenpop.js';
import { settingsEvents, settingsRequests } from './settings.js';
import { transferEvents, transferRequests } from './transfer.js';

/** Renderer → core. */
export const rendererRequests = {
  ...phoneRequests,
  ...settingsRequests,
  ...mediaConfigurationRequests,
  ...casesRequests,
  ...caseFormRequests,
  ...draftsRequests,
  ...dataRequests,
  ...agentRequests,
  ...devicesRequests,
  ...transferRequests,
  ...knowledgeRequests,
  ...citizensRequests,
  ...callbacksRequests,
  ...colleaguesRequests,
};
/** Core → renderer, fire and forget. */
export const coreEvents = { ...phoneEvents, ...screenpopEvents, ...settingsEvents, ...mediaEvents, ...dataEvents, ...agentEvents, ...devicesEvents, ...transferEvents, ...desktopEvents, ...citizensEvents };
/** Core → renderer, answered: the media engine's work. */
export const coreRequests = { ...mediaRequests };
/** Renderer → core, fire and forget. */
export const rendererEvents = { ...screenpopPageEvents };

export type RendererRequests = typeof rendererRequests;
export type CoreEvents = typeof coreEvents;
export type CoreRequests = typeof coreRequests;
export type RendererEvents = typeof rendererEvents;

export * from './define.js';
export * from './result.js';
export * from './call-basics.js';
export * from './phone.js';
export * from './screenpop.js';
export * from './settings.js';
export * from './media.js';
export * from './cases.js';
export * from './drafts.js';
export * from './data.js';
export * from './agent.js';
export * from './devices.js';
export * from './transfer.js';
export * from './desktop.js';
export * from './shortcuts.js';
export * from './knowledge.js';
export * from './citizens.js';
export * from './callbacks.js';
export * from './colleagues.js';
