/**
 * The agent's recent calls, mirrored from the core's call records: fetched when the desk connects
 * and again whenever one of the agent's calls ends, so the list shows it (missed ones included).
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CallHistoryEntry } from '../../shared/contract/index.js';
import type { RendererSideLink } from '../../shared/messaging/links.js';

export interface CallHistoryMirrorState {
  /** Newest first; null until the first answer, or while the history cannot be read. */
  calls: CallHistoryEntry[] | null;
}

export type CallHistoryMirrorStore = StoreApi<CallHistoryMirrorState>;

/** Enough for a shift's glance back; the full history is a report, not this list. */
export const RECENT_CALLS = 20;

export const createCallHistoryMirrorStore = (): CallHistoryMirrorStore => createStore<CallHistoryMirrorState>(() => ({ calls: null }));

export const callHistoryMirrorStore = createCallHistoryMirrorStore();

export const useCallHistoryMirror = <T>(selector: (state: CallHistoryMirrorState) => T): T => useStore(callHistoryMirrorStore, selector);

export function startCallHistorySync(link: RendererSideLink, store: CallHistoryMirrorStore = callHistoryMirrorStore): () => void {
  let stopped = false;
  // Answers may come back out of order; only the latest request's answer is kept.
  let latest = 0;
  const refresh = () => {
    const asked = (latest += 1);
    void link.request('phone.getCallHistory', { limit: RECENT_CALLS }).then((result) => {
      if (stopped || asked !== latest) return;
      store.setState({ calls: result.ok ? result.value.calls : null });
    });
  };
  const off = link.on('phone.callChanged', (call) => {
    if (call.state === 'ended') refresh();
  });
  refresh();
  return () => {
    stopped = true;
    off();
  };
}
