/**
 * Which half of the agent's workspace is in front on a narrow screen (the case form or the
 * knowledge base), and where the keyboard goes once it is: a shortcut switches the tab and asks
 * for the focus, which the workspace gives after the panel is on screen.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

export type WorkspaceTab = 'case' | 'knowledge';

export interface WorkspaceState {
  tab: WorkspaceTab;
  /** The element to focus once the tab shows; bumped `focusRequest` asks again for the same one. */
  focusId: string | null;
  focusRequest: number;
}

export const workspaceStore = createStore<WorkspaceState>(() => ({ tab: 'case', focusId: null, focusRequest: 0 }));

export const useWorkspace = <T>(selector: (state: WorkspaceState) => T): T => useStore(workspaceStore, selector);

export function showWorkspaceTab(tab: WorkspaceTab, focusId?: string): void {
  workspaceStore.setState((state) => ({ tab, focusId: focusId ?? null, focusRequest: focusId ? state.focusRequest + 1 : state.focusRequest }));
}

