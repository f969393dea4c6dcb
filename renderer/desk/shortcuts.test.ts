/** Alt+A answers and Alt+E hangs up, and nothing else sets them off. */
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
