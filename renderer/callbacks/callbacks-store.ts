/**
 * The callbacks list, mirrored from the core: read when the desk connects, again whenever a case
 * changes anywhere (live changes) and on a timer, so a case due tomorrow turns up once the day has changed.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CallbacksReply } from '../../shared/contract/index.js';
import type { RendererSideLink } from '../../shared/messaging/links.js';

export interface CallbacksState {
  /** Null until the first answer, or while the register cannot be read. */
  list: CallbacksReply | null;
}

export type CallbacksStore = StoreApi<CallbacksState>;

/** Often enough that the list is right within minutes of midnight; cheap, it is one indexed query. */
export const REFRESH_EVERY_MS = 5 * 60_000;

export const createCallbacksStore = (): CallbacksStore => createStore<CallbacksState>(() => ({ list: null }));

export const callbacksStore = createCallbacksStore();

export const useCallbacks = <T>(selector: (state: CallbacksState) => T): T => useStore(callbacksStore, selector);

export function startCallbacksSync(link: RendererSideLink, store: CallbacksStore = callbacksStore, everyMs = REFRESH_EVERY_MS): () => void {
  let stopped = false;
  // Answers may come back out of order; only the latest request's answer is kept.
  let latest = 0;
  const refresh = () => {
    const asked = (latest += 1);
    void link.request('callbacks.list', {}).then((result) => {
      if (stopped || asked !== latest) return;
      store.setState({ list: result.ok ? result.value : null });
    });
  };
  const off = link.on('data.changed', (change) => {
    if (change.table === 'cases') refresh();
  });
  const timer = setInterval(refresh, everyMs);
  refresh();
  return () => {
    stopped = true;
    off();
    clearInterval(timer);
  };
}
