import { beforeEach, describe, expect, it } from 'vitest';
import { showWorkspaceTab, workspaceStore } from './workspace-tab.js';

describe('workspace tab', () => {
  beforeEach(() => workspaceStore.setState({ tab: 'case', focusId: null, focusRequest: 0 }));

  it('switches the tab and asks for the focus again each time a shortcut names the same field', () => {
    showWorkspaceTab('knowledge', 'knowledge-search');
    showWorkspaceTab('knowledge', 'knowledge-search');
    expect(workspaceStore.getState()).toEqual({ tab: 'knowledge', focusId: 'knowledge-search', focusRequest: 2 });
  });

  it('switches without moving the focus when a click does it', () => {
    showWorkspaceTab('knowledge', 'knowledge-search');
    showWorkspaceTab('case');
    expect(workspaceStore.getState()).toEqual({ tab: 'case', focusId: null, focusRequest: 1 });
  });
});
