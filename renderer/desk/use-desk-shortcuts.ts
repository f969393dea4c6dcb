/**
 * Listens for the desk's shortcuts anywhere in the window. They act on the mirror as it is at
 * the key press, so the hook does not re-render with every call change.
 */
import { useEffect } from 'react';
import { phoneReader, selectCurrentCall, selectFocusCall, selectOldestRingingCall } from '../phone/index.js';
import type { RendererSideLink } from '../../shared/messaging/links.js';
import { answerCall, hangUpCall, setCallHeld, setCallMuted } from './desk-actions.js';
import { shortcutActionFor, type ShortcutAction } from './shortcuts.js';

/** The number field's id, for the shortcut that jumps to it. */
export const DIAL_INPUT_ID = 'dial-number';

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
  } else {
    document.getElementById(DIAL_INPUT_ID)?.focus();
  }
}

export function useDeskShortcuts(link: RendererSideLink): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = shortcutActionFor(event);
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
