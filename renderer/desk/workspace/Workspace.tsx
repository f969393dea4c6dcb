/**
 * The agent's workspace beside the call: the case form and the knowledge base as two tabs on a
 * laptop screen (Alt+C and Alt+K bring each to the front and put the keyboard in it), side by side
 * on a wide one, where the tabs are hidden by the styles and both panels show.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useKnowledgeView } from '../../knowledge/knowledge-view.js';
import { CASE_FORM_PANEL_ID, CaseFormPanel } from '../case-form/CaseFormPanel.js';
import { KnowledgePanel } from '../knowledge/KnowledgePanel.js';
import { useShortcutKeys } from '../shortcut-keys.js';
import { showWorkspaceTab, useWorkspace, type WorkspaceTab } from './workspace-tab.js';

const TABS: readonly WorkspaceTab[] = ['case', 'knowledge'];
const tabId = (tab: WorkspaceTab) => `workspace-tab-${tab}`;
const panelId = (tab: WorkspaceTab) => `workspace-panel-${tab}`;

export function Workspace() {
  const { t } = useTranslation('phone');
  const keys = useShortcutKeys();
  const tab = useWorkspace((state) => state.tab);
  const focusId = useWorkspace((state) => state.focusId);
  const focusRequest = useWorkspace((state) => state.focusRequest);
  useFocusOnRequest(tab, focusId, focusRequest);
  useKnowledgeToFront();

  const onTabKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + 1) % TABS.length]!;
    showWorkspaceTab(next, tabId(next));
  };
  return (
    <div className="workspace" data-testid="workspace" data-tab={tab}>
      <div className="workspace__tabs" role="tablist" aria-label={t('workspace.label')}>
        {TABS.map((name) => (
          <button
            key={name}
            id={tabId(name)}
            type="button"
            role="tab"
            className="workspace__tab"
            data-testid={`workspace-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={panelId(name)}
            aria-keyshortcuts={name === 'case' ? keys.focusCaseForm : keys.focusKnowledge}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => showWorkspaceTab(name)}
            onKeyDown={onTabKey}
          >
            {t(`workspace.${name}`)} <kbd className="workspace__keys">{name === 'case' ? keys.focusCaseForm : keys.focusKnowledge}</kbd>
          </button>
        ))}
      </div>
      {TABS.map((name) => (
        <div key={name} id={panelId(name)} className={`workspace__panel workspace__panel--${name}`} role="tabpanel" aria-labelledby={tabId(name)} hidden={tab !== name}>
          {name === 'case' ? <CaseFormPanel /> : <KnowledgePanel />}
        </div>
      ))}
    </div>
  );
}

/** Focus after the tab is on screen: a hidden panel's field cannot take it. No form open: the panel itself. */
function useFocusOnRequest(tab: WorkspaceTab, focusId: string | null, focusRequest: number) {
  useEffect(() => {
    if (!focusId) return;
    (document.getElementById(focusId) ?? (tab === 'case' ? document.getElementById(CASE_FORM_PANEL_ID) : null))?.focus();
  }, [tab, focusId, focusRequest]);
}

/** Opening an article from elsewhere (the case form's suggestions, a deviation banner) brings the knowledge base to the front. */
function useKnowledgeToFront() {
  const screen = useKnowledgeView((state) => state.screen);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (screen.kind !== 'search') showWorkspaceTab('knowledge');
  }, [screen]);
}
