/**
 * The transfers of the agent's calls, mirrored from the core: `transfer.getSnapshot` at connect,
 * `transfer.changed` after. A finished transfer (completed, failed, nobody answered) stays with its
 * call so the panel can say what happened, until a new one starts.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Transfer } from '../../shared/contract/index.js';
import type { RendererSideLink } from '../../shared/messaging/links.js';

export interface TransferMirrorState {
  /** By the caller's call id. */
  transfers: Record<string, Transfer>;
}

export type TransferMirrorStore = StoreApi<TransferMirrorState>;

export const createTransferMirrorStore = (): TransferMirrorStore => createStore<TransferMirrorState>(() => ({ transfers: {} }));

export const transferMirrorStore = createTransferMirrorStore();

export const useTransfers = <T>(selector: (state: TransferMirrorState) => T): T => useStore(transferMirrorStore, selector);

/** The transfer a call is part of: as the caller's call, or as the agent's consult call. */
export const selectTransferFor =
  (callId: string) =>
  (state: TransferMirrorState): Transfer | undefined =>
    state.transfers[callId] ?? Object.values(state.transfers).find((t) => t.consultCallId === callId && isRunning(t));

/** Still under way: the caller is held and waits on its outcome. */
export const isRunning = (transfer: Transfer): boolean =>
  transfer.state === 'calling' || transfer.state === 'consulting' || transfer.state === 'completing';

export function applyTransfer(store: TransferMirrorStore, transfer: Transfer): void {
  store.setState((state) => ({ transfers: { ...state.transfers, [transfer.callId]: transfer } }));
}

export function startTransferSync(link: RendererSideLink, store: TransferMirrorStore = transferMirrorStore): () => void {
  let stopped = false;
  const off = link.on('transfer.changed', (transfer) => applyTransfer(store, transfer));
  void link.request('transfer.getSnapshot', {}).then((result) => {
    if (stopped || !result.ok) return;
    // Events heard before the reply are newer than it: keep them.
    const heard = store.getState().transfers;
    const fromSnapshot = Object.fromEntries(result.value.transfers.map((t) => [t.callId, t]));
    store.setState({ transfers: { ...fromSnapshot, ...heard } });
  });
  return () => {
    stopped = true;
    off();
  };
}
