/**
 * Listens for the desk's shortcuts anywhere in the window. They act on the mirror as it is at
 * the key press, so the hook does not re-render with every call change, and use the keys
 * settings give at that moment.
 */
import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { phoneReader, selectCurrentCall, selectFocusCall, selectOldestRingingCall } from '../phone/index.js';
import type { RendererSideLink } from '../../shared/messaging/links.js';
import { reportResult } from './action-errors.js';
import { answerCall, hangUpCall, setCallHeld, setCallMuted } from './desk-actions.js';
import { currentShortcutKeys, setShortcutsHelpOpen } from './shortcut-keys.js';
import { isHelpKey, shortcutActionFor, type ShortcutAction } from './shortcuts.js';
import { showWorkspaceTab } from './workspace/workspace-tab.js';

/** The number field's id, for the shortcut that jumps to it. */
export const DIAL_INPUT_ID = 'dial-number';
/** The knowledge base's search box, for the shortcut that jumps to it. */
export const KNOWLEDGE_SEARCH_ID = 'knowledge-search';
/** The case form's first field, for the shortcut that jumps to it. */
export const CASE_FORM_FIRST_FIELD_ID = 'case-form-case-type';

function act(link: RendererSideLink, action: ShortcutAction): void {
  const state = phoneReader.getState();
  if (action === 'answerCall') {
    const call = selectOldestRingingCall(state);
    if (call) void answerCall(link, call.callId);
  } else if (action === 'hangUpCall') {
    const call = selectCurrentCall(state);
    if (call) void hangUpCall(link, call.callId);
  } else if (action === 'holdCall') {
    const call = selectFocusCall(state);
    if (call?.state === 'active') void setCallHeld(link, call.callId, !call.held);
  } else if (action === 'muteCall') {
    const call = selectFocusCall(state);
    if (call) void setCallMuted(link, call.callId, !call.muted);
  } else if (action === 'ready' || action === 'notReady') {
    // Not ready with the first reason from settings, as the core does when none is named.
    void link.request('agent.setState', { state: action }).then(reportResult);
  } else if (action === 'focusCaseForm' || action === 'focusKnowledge') {
    // At once, not on React's next frame: the agent's next key press belongs in the field.
    flushSync(() => showWorkspaceTab(action === 'focusCaseForm' ? 'case' : 'knowledge', action === 'focusCaseForm' ? CASE_FORM_FIRST_FIELD_ID : KNOWLEDGE_SEARCH_ID));
  } else {
    document.getElementById(DIAL_INPUT_ID)?.focus();
  }
}

function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function useDeskShortcuts(link: RendererSideLink): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isHelpKey(event, typingIn(event.target))) {
        event.preventDefault();
        setShortcutsHelpOpen(true);
        return;
      }
      const action = shortcutActionFor(event, currentShortcutKeys());
      if (!action) return;
      // Alt+letter would otherwise open a browser or window menu.
      event.preventDefault();
      if (event.repeat) return;
      act(link, action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [link]);
}
