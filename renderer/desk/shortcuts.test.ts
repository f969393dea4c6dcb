/** Alt+A answers, Alt+E hangs up, Alt+H holds, Alt+M mutes, Alt+D goes to the number field; nothing else sets them off. */
import { describe, expect, it } from 'vitest';
import { deskShortcuts, shortcutActionFor, shortcutLabel } from './shortcuts.js';

const key = (code: string, modifiers: Partial<Record<'altKey' | 'ctrlKey' | 'shiftKey' | 'metaKey', boolean>> = {}) => ({
  code,
  altKey: false,
  ctrlKey: false,
  shiftKey: false,
  metaKey: false,
  ...modifiers,
});

describe('desk shortcuts', () => {
  it('maps Alt+A and Alt+E to answer and hang up', () => {
    expect(shortcutActionFor(key('KeyA', { altKey: true }))).toBe('answerCall');
    expect(shortcutActionFor(key('KeyE', { altKey: true }))).toBe('hangUpCall');
  });

  it('maps Alt+H, Alt+M and Alt+D to hold, mute and the number field', () => {
    expect(shortcutActionFor(key('KeyH', { altKey: true }))).toBe('holdCall');
    expect(shortcutActionFor(key('KeyM', { altKey: true }))).toBe('muteCall');
    expect(shortcutActionFor(key('KeyD', { altKey: true }))).toBe('focusDial');
    expect(shortcutActionFor(key('KeyH'))).toBeNull();
  });

  it('gives every action its own key', () => {
    const labels = Object.values(deskShortcuts).map(shortcutLabel);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('ignores the letters alone and with other modifiers, so typing never answers a call', () => {
    expect(shortcutActionFor(key('KeyA'))).toBeNull();
    expect(shortcutActionFor(key('KeyA', { altKey: true, ctrlKey: true }))).toBeNull();
    expect(shortcutActionFor(key('KeyE', { altKey: true, shiftKey: true }))).toBeNull();
    expect(shortcutActionFor(key('KeyA', { altKey: true, metaKey: true }))).toBeNull();
  });

  it('labels them the way buttons and aria-keyshortcuts show them', () => {
    expect(shortcutLabel(deskShortcuts.answerCall)).toBe('Alt+A');
    expect(shortcutLabel({ code: 'Digit1', ctrl: true, shift: true })).toBe('Control+Shift+1');
  });
});
