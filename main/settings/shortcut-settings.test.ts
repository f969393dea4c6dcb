/** Shortcuts from the settings file: canonical key combinations, bad ones and duplicates back to the defaults, each reported. */
import { describe, expect, it } from 'vitest';
import { defaultShortcuts, normaliseAccelerator } from '../../shared/contract/shortcuts.js';
import { loadDeskSettings } from './desk-settings.js';

describe('normaliseAccelerator', () => {
  it('writes key combinations one way, whatever the case, spacing and modifier order', () => {
    expect(normaliseAccelerator('alt+a')).toBe('Alt+A');
    expect(normaliseAccelerator(' shift + ctrl + 1 ')).toBe('Control+Shift+1');
    expect(normaliseAccelerator('F9')).toBe('F9');
    expect(normaliseAccelerator('Control+Alt+f12')).toBe('Control+Alt+F12');
  });

  it('refuses what would fire while typing, or is no key combination at all', () => {
    for (const bad of ['A', 'Shift+A', '7', 'Alt+Alt+A', 'Alt+', 'Meta+A', 'Alt+Enter', 'Alt+AB', 'F13', '', 'Alt+A+B']) {
      expect(normaliseAccelerator(bad), bad).toBeNull();
    }
  });
});

describe('shortcuts.* settings', () => {
  it('uses the defaults for an empty file, all different', () => {
    const { settings, ignored } = loadDeskSettings({});
    expect(settings.shortcuts).toEqual(defaultShortcuts);
    expect(new Set(Object.values(settings.shortcuts)).size).toBe(Object.keys(defaultShortcuts).length);
    expect(ignored).toEqual([]);
  });

  it('takes the centre\'s own keys in canonical form', () => {
    const { settings, ignored } = loadDeskSettings({ shortcuts: { answerCall: 'f9', hangUpCall: 'ctrl+shift+e', ready: 'Alt+1' } });
    expect(settings.shortcuts).toEqual({ ...defaultShortcuts, answerCall: 'F9', hangUpCall: 'Control+Shift+E', ready: 'Alt+1' });
    expect(ignored).toEqual([]);
  });

  it('puts a broken one back to its default and names the line', () => {
    const { settings, ignored } = loadDeskSettings({ shortcuts: { muteCall: 'M', focusDial: 'Alt+D' } });
    expect(settings.shortcuts.muteCall).toBe('Alt+M');
    expect(ignored).toEqual([{ path: 'shortcuts.muteCall', reason: expect.stringContaining('key combination') }]);
  });

  it('sends every shortcut back to its default when two actions share keys, naming the line', () => {
    const { settings, ignored } = loadDeskSettings({ shortcuts: { answerCall: 'F9', holdCall: 'f9', muteCall: 'Alt+H' } });
    expect(settings.shortcuts).toEqual(defaultShortcuts);
    expect(ignored).toEqual([{ path: 'shortcuts.holdCall', reason: expect.stringContaining('must differ from shortcuts.answerCall (F9)') }]);
  });

  it('sees a clash with another action\'s default too', () => {
    const { settings, ignored } = loadDeskSettings({ shortcuts: { notReady: 'Alt+A' } });
    expect(settings.shortcuts).toEqual(defaultShortcuts);
    expect(ignored.map((i) => i.path)).toEqual(['shortcuts.notReady']);
  });

  it('reports an unknown action like any unknown setting', () => {
    expect(loadDeskSettings({ shortcuts: { transfer: 'Alt+T' } }).ignored).toEqual([{ path: 'shortcuts.transfer', reason: 'unknown setting' }]);
  });
});

describe('phoneNumbers.internalPattern', () => {
  it('dials 3 to 6 digits as internal by default, and takes a whole-entry pattern or none', () => {
    expect(loadDeskSettings({}).settings.phoneNumbers.internalPattern).toBe('^[0-9]{3,6}$');
    expect(loadDeskSettings({ phoneNumbers: { internalPattern: '^[1-9][0-9]{3}$' } }).settings.phoneNumbers.internalPattern).toBe('^[1-9][0-9]{3}$');
    expect(loadDeskSettings({ phoneNumbers: { internalPattern: '' } }).settings.phoneNumbers.internalPattern).toBe('');
  });

  it('refuses a pattern that does not compile or would match inside a longer number', () => {
    for (const bad of ['[0-9]{4}', '^[0-9{4}$', '^1']) {
      const { settings, ignored } = loadDeskSettings({ phoneNumbers: { internalPattern: bad } });
      expect(settings.phoneNumbers.internalPattern, bad).toBe('^[0-9]{3,6}$');
      expect(ignored.map((i) => i.path)).toEqual(['phoneNumbers.internalPattern']);
    }
  });
});
