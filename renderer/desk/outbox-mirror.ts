/**
 * How many of this desk's saves wait for the shared server, mirrored like the settings: fed by
 * `data.getOutboxStatus` at connect and `data.outboxChanged` after, so the top bar can say so.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { OutboxStatus } from '../../shared/contract/index.js';
import type { RendererSideLink } from '../../shared/messaging/links.js';

export interface OutboxMirrorState {
  status: OutboxStatus | null;
}

export type OutboxMirrorStore = StoreApi<OutboxMirrorState>;

export const createOutboxMirrorStore = (): OutboxMirrorStore => createStore<OutboxMirrorState>(() => ({ status: null }));

export const outboxMirrorStore = createOutboxMirrorStore();

export const useOutboxMirror = <T>(selector: (state: OutboxMirrorState) => T): T => useStore(outboxMirrorStore, selector);

/** What the badge shows; null when nothing waits, nothing was refused and the server is usable (no badge at all). */
export const selectOutboxBadge = (state: OutboxMirrorState): OutboxStatus | null =>
  state.status && (state.status.waiting > 0 || state.status.refused > 0 || state.status.schemaBlocked) ? state.status : null;

export function startOutboxSync(link: RendererSideLink, store: OutboxMirrorStore = outboxMirrorStore): () => void {
  let stopped = false;
  // An event that arrives before the snapshot's reply is newer than the snapshot.
  let heardEvent = false;
  const off = link.on('data.outboxChanged', (status) => {
    heardEvent = true;
    store.setState({ status });
  });
  void link.request('data.getOutboxStatus', {}).then((result) => {
    if (!stopped && !heardEvent && result.ok) store.setState({ status: result.value });
  });
  return () => {
    stopped = true;
    off();
  };
}
