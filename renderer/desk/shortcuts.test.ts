/** Shortcuts from settings set off their action, and nothing else does; "?" only outside text fields. */
import { describe, expect, it } from 'vitest';
import { defaultShortcuts } from '../../shared/contract/index.js';
import { isHelpKey, shortcutActionFor, shortcutFromAccelerator } from './shortcuts.js';

const key = (code: string, modifiers: Partial<Record<'altKey' | 'ctrlKey' | 'shiftKey' | 'metaKey', boolean>> = {}) => ({
  code,
  altKey: false,
  ctrlKey: false,
  shiftKey: false,
  metaKey: false,
  ...modifiers,
});

describe('desk shortcuts', () => {
  it('maps the default keys to their actions', () => {
    expect(shortcutActionFor(key('KeyA', { altKey: true }), defaultShortcuts)).toBe('answerCall');
    expect(shortcutActionFor(key('KeyE', { altKey: true }), defaultShortcuts)).toBe('hangUpCall');
    expect(shortcutActionFor(key('KeyH', { altKey: true }), defaultShortcuts)).toBe('holdCall');
    expect(shortcutActionFor(key('KeyM', { altKey: true }), defaultShortcuts)).toBe('muteCall');
    expect(shortcutActionFor(key('KeyD', { altKey: true }), defaultShortcuts)).toBe('focusDial');
    expect(shortcutActionFor(key('KeyR', { altKey: true }), defaultShortcuts)).toBe('ready');
    expect(shortcutActionFor(key('KeyN', { altKey: true }), defaultShortcuts)).toBe('notReady');
  });

  it('follows the keys settings give, and the old ones no longer act', () => {
    const keys = { ...defaultShortcuts, answerCall: 'F9', hangUpCall: 'Control+Shift+1' };
    expect(shortcutActionFor(key('F9'), keys)).toBe('answerCall');
    expect(shortcutActionFor(key('Digit1', { ctrlKey: true, shiftKey: true }), keys)).toBe('hangUpCall');
    expect(shortcutActionFor(key('KeyA', { altKey: true }), keys)).toBeNull();
    expect(shortcutActionFor(key('F9', { shiftKey: true }), keys)).toBeNull();
  });

  it('ignores the letters alone and with other modifiers, so typing never answers a call', () => {
    expect(shortcutActionFor(key('KeyA'), defaultShortcuts)).toBeNull();
    expect(shortcutActionFor(key('KeyA', { altKey: true, ctrlKey: true }), defaultShortcuts)).toBeNull();
    expect(shortcutActionFor(key('KeyE', { altKey: true, shiftKey: true }), defaultShortcuts)).toBeNull();
    expect(shortcutActionFor(key('KeyA', { altKey: true, metaKey: true }), defaultShortcuts)).toBeNull();
  });

  it('reads the canonical key combinations into keys, and nothing else', () => {
    expect(shortcutFromAccelerator('Alt+A')).toEqual({ code: 'KeyA', alt: true, ctrl: false, shift: false });
    expect(shortcutFromAccelerator('Control+Shift+1')).toEqual({ code: 'Digit1', alt: false, ctrl: true, shift: true });
    expect(shortcutFromAccelerator('F12')).toEqual({ code: 'F12', alt: false, ctrl: false, shift: false });
    expect(shortcutFromAccelerator('Alt+Enter')).toBeNull();
  });

  it('opens the list with "?" only when the agent is not typing', () => {
    const question = { key: '?', altKey: false, ctrlKey: false, metaKey: false };
    expect(isHelpKey(question, false)).toBe(true);
    expect(isHelpKey(question, true)).toBe(false);
    expect(isHelpKey({ ...question, ctrlKey: true }, false)).toBe(false);
  });
});
