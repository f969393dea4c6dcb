/**
 * Follows the renderer's one connection to the desk core, so the desk can say whether it is
 * connecting, connected or cut off. Recovery is core-link's job (it retries, and reloads the page
 * when a connection drops); this only hands the link to whoever serves it and stops them at the end.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { RendererSideLink } from '../../shared/messaging/links.js';

export type CoreConnectionStatus = 'connecting' | 'connected' | 'lost';

export interface CoreConnectionState {
  status: CoreConnectionStatus;
  link: RendererSideLink | null;
}

export type CoreConnectionStore = StoreApi<CoreConnectionState>;

export const createCoreConnectionStore = (): CoreConnectionStore =>
  createStore<CoreConnectionState>(() => ({ status: 'connecting', link: null }));

export const coreConnectionStore = createCoreConnectionStore();

export const useCoreConnection = <T>(selector: (state: CoreConnectionState) => T): T =>
  useStore(coreConnectionStore, selector);

export interface ServeCoreOptions {
  connect: () => Promise<RendererSideLink>;
  /** Starts everything that lives on the link; returns how to stop it when the link closes. */
  serve: (link: RendererSideLink) => () => void;
  store?: CoreConnectionStore;
}

export async function serveCoreConnection(options: ServeCoreOptions): Promise<void> {
  const store = options.store ?? coreConnectionStore;
  let link: RendererSideLink;
  try {
    link = await options.connect();
  } catch {
    store.setState({ status: 'lost', link: null });
    return;
  }
  const stopServing = options.serve(link);
  store.setState({ status: 'connected', link });
  link.onClose(() => {
    stopServing();
    store.setState({ status: 'lost', link: null });
  });
}
