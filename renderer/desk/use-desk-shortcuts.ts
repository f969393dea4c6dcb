/**
 * Listens for the desk's shortcuts anywhere in the window. They act on the mirror as it is at
 * the key press, so the hook does not re-render with every call change.
 */
import { useEffect } from 'react';
import { phoneReader, selectCurrentCall, selectOldestRingingCall } from '../phone/index.js';
import type { RendererSideLink } from '../../shared/messaging/links.js';
import { answerCall, hangUpCall } from './desk-actions.js';
import { shortcutActionFor } from './shortcuts.js';

export function useDeskShortcuts(link: RendererSideLink): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = shortcutActionFor(event);
      if (!action) return;
      // Alt+letter would otherwise open a browser or window menu.
      event.preventDefault();
      if (event.repeat) return;
      const state = phoneReader.getState();
      if (action === 'answerCall') {
        const call = selectOldestRingingCall(state);
        if (call) void answerCall(link, call.callId);
      } else {
        const call = selectCurrentCall(state);
        if (call) void hangUpCall(link, call.callId);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [link]);
}
