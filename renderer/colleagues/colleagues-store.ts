/**
 * Colleagues mirrored from the core: read when the panel opens and again whenever an agent's state
 * changes anywhere (live changes on the state log), so "Ready" means ready now.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Colleague } from '../../shared/contract/index.js';
import type { RendererSideLink } from '../../shared/messaging/links.js';

export interface ColleaguesState {
  /** Null until the first answer, or while the register cannot be read. */
  colleagues: Colleague[] | null;
}

export type ColleaguesStore = StoreApi<ColleaguesState>;

export const createColleaguesStore = (): ColleaguesStore => createStore<ColleaguesState>(() => ({ colleagues: null }));

export const colleaguesStore = createColleaguesStore();

export const useColleagues = <T>(selector: (state: ColleaguesState) => T): T => useStore(colleaguesStore, selector);

export function startColleaguesSync(link: RendererSideLink, store: ColleaguesStore = colleaguesStore): () => void {
  let stopped = false;
  let latest = 0;
  const refresh = () => {
    const asked = (latest += 1);
    void link.request('colleagues.list', {}).then((result) => {
      if (stopped || asked !== latest) return;
      store.setState({ colleagues: result.ok ? result.value.colleagues : null });
    });
  };
  const off = link.on('data.changed', (change) => {
    if (change.table === 'agent_state_log') refresh();
  });
  refresh();
  return () => {
    stopped = true;
    off();
  };
}
