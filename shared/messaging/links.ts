/** The two ends of the desk's contract, ready-typed for the core and for a renderer. */
import {
  coreEvents,
  coreRequests,
  rendererEvents,
  rendererRequests,
  type CoreEvents,
  type CoreRequests,
  type RendererEvents,
  type RendererRequests,
} from '../contract/index.js';
import type { MessageCarrier } from './carrier.js';
import { ContractLink, type LinkOptions } from './contract-link.js';

export type CoreSideLink = ContractLink<RendererRequests, CoreRequests, RendererEvents, CoreEvents>;
export type RendererSideLink = ContractLink<CoreRequests, RendererRequests, CoreEvents, RendererEvents>;

export const createCoreSideLink = (carrier: MessageCarrier, options?: LinkOptions): CoreSideLink =>
  new ContractLink(
    carrier,
    {
      incomingRequests: rendererRequests,
      outgoingRequests: coreRequests,
      incomingEvents: rendererEvents,
      outgoingEvents: coreEvents,
    },
    options,
  );

export const createRendererSideLink = (carrier: MessageCarrier, options?: LinkOptions): RendererSideLink =>
  new ContractLink(
    carrier,
    {
      incomingRequests: coreRequests,
      outgoingRequests: rendererRequests,
      incomingEvents: coreEvents,
      outgoingEvents: rendererEvents,
    },
    options,
  );
