/**
 * The agent's state as the core owns it, mirrored like the outbox: `agent.getState` at connect
 * (with the reasons the agent may pick), `agent.stateChanged` after.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AgentStatus } from '../../shared/contract/index.js';
import type { RendererSideLink } from '../../shared/messaging/links.js';

export interface AgentStateMirror {
  status: AgentStatus | null;
  notReadyReasons: string[];
}

export type AgentStateStore = StoreApi<AgentStateMirror>;

export const createAgentStateStore = (): AgentStateStore => createStore<AgentStateMirror>(() => ({ status: null, notReadyReasons: [] }));

export const agentStateStore = createAgentStateStore();

export const useAgentState = <T>(selector: (state: AgentStateMirror) => T): T => useStore(agentStateStore, selector);

export function startAgentStateSync(link: RendererSideLink, store: AgentStateStore = agentStateStore): () => void {
  let stopped = false;
  // An event that arrives before the reply is newer than the reply's state.
  let heardEvent = false;
  const off = link.on('agent.stateChanged', (status) => {
    heardEvent = true;
    store.setState({ status });
  });
  void link.request('agent.getState', {}).then((result) => {
    if (stopped || !result.ok) return;
    const { notReadyReasons, ...status } = result.value;
    store.setState(heardEvent ? { notReadyReasons } : { status, notReadyReasons });
  });
  return () => {
    stopped = true;
    off();
  };
}
