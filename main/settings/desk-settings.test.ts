import { describe, expect, it } from 'vitest';
import { loadDeskSettings } from './desk-settings.js';

describe('loadDeskSettings', () => {
  it('gives the embedded defaults for an empty file: Swedish, SE numbers, no STUN server', () => {
    const { settings, ignored } = loadDeskSettings({});
    expect(settings.locale).toBe('sv');
    expect(settings.phoneNumbers.defaultRegion).toBe('SE');
    expect(settings.sip.iceServers).toEqual([]);
    expect(ignored).toEqual([]);
  });

  it('keeps valid values', () => {
    const { settings, ignored } = loadDeskSettings({
      locale: 'da',
      sip: { server: 'wss://pbx.example.dk:8089/ws', user: '2001', password: 'secret', domain: 'example.dk' },
      phoneNumbers: { defaultRegion: 'DK' },
    });
    expect(settings).toMatchObject({
      locale: 'da',
      sip: { server: 'wss://pbx.example.dk:8089/ws', user: '2001', password: 'secret', domain: 'example.dk' },
      phoneNumbers: { defaultRegion: 'DK' },
    });
    expect(ignored).toEqual([]);
  });

  it('replaces each invalid value by its default and names it, keeping the valid ones (tried: http URL, bad region, French, unknown key)', () => {
    const { settings, ignored } = loadDeskSettings({
      locale: 'fr',
      sip: { server: 'http://pbx', user: '1002', colour: 'blue' },
      phoneNumbers: { defaultRegion: 'sweden' },
    });
    expect(settings.locale).toBe('sv');
    expect(settings.sip.server).toBe('ws://127.0.0.1:5066');
    expect(settings.sip.user).toBe('1002');
    expect(settings.phoneNumbers.defaultRegion).toBe('SE');
    expect(ignored.map((i) => i.path).sort()).toEqual(['locale', 'phoneNumbers.defaultRegion', 'sip.colour', 'sip.server']);
    expect(ignored.find((i) => i.path === 'sip.colour')?.reason).toBe('unknown setting');
  });

  it('refuses a section that is not an object without losing the rest', () => {
    const { settings, ignored } = loadDeskSettings({ sip: 'ws://pbx', locale: 'en' });
    expect(settings.locale).toBe('en');
    expect(settings.sip.user).toBe('1001');
    expect(ignored).toEqual([{ path: 'sip', reason: 'must be a section with settings inside' }]);
  });

  it('accepts TURN servers from settings and rejects a malformed one', () => {
    const good = loadDeskSettings({ sip: { iceServers: [{ urls: 'turns:turn.example.se:443', username: 'u', credential: 'c' }] } });
    expect(good.settings.sip.iceServers).toHaveLength(1);
    const bad = loadDeskSettings({ sip: { iceServers: [{ urls: 'http://x' }] } });
    expect(bad.settings.sip.iceServers).toEqual([]);
    expect(bad.ignored[0]?.path).toBe('sip.iceServers');
  });
});
