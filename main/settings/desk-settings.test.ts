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

describe('loadDeskSettings: phone', () => {
  it('sends key presses as RTP events unless told to use SIP INFO', () => {
    expect(loadDeskSettings({}).settings.phone.dtmf).toBe('rfc4733');
    expect(loadDeskSettings({ phone: { dtmf: 'info' } }).settings.phone.dtmf).toBe('info');
  });

  it('falls back to RTP events for an unknown DTMF method, and names the line', () => {
    const { settings, ignored } = loadDeskSettings({ phone: { dtmf: 'inband' } });
    expect(settings.phone.dtmf).toBe('rfc4733');
    expect(ignored.map((i) => i.path)).toEqual(['phone.dtmf']);
  });
});

describe('loadDeskSettings: agent', () => {
  it('offers the usual Not ready reasons, 30 s of wrap-up and a 20 s ring timeout by default', () => {
    expect(loadDeskSettings({}).settings.agent).toEqual({ notReadyReasons: ['break', 'meeting', 'training', 'other'], wrapUpSeconds: 30, ringTimeoutSeconds: 20, level: 1, level2DelaySeconds: 60 });
  });

  it('takes the centre\'s own reasons and times, and falls back for broken ones with the line named', () => {
    const own = loadDeskSettings({ agent: { notReadyReasons: ['lunch', 'coaching'], wrapUpSeconds: 0, ringTimeoutSeconds: 12, level: 2, level2DelaySeconds: 90 } });
    expect(own.settings.agent).toEqual({ notReadyReasons: ['lunch', 'coaching'], wrapUpSeconds: 0, ringTimeoutSeconds: 12, level: 2, level2DelaySeconds: 90 });
    const broken = loadDeskSettings({ agent: { notReadyReasons: ['<b>'], wrapUpSeconds: -1, ringTimeoutSeconds: 0, level: 3, level2DelaySeconds: -5 } });
    expect(broken.settings.agent).toEqual(loadDeskSettings({}).settings.agent);
    expect(broken.ignored.map((i) => i.path)).toEqual(['agent.notReadyReasons', 'agent.wrapUpSeconds', 'agent.ringTimeoutSeconds', 'agent.level', 'agent.level2DelaySeconds']);
  });
});

describe('loadDeskSettings: handover', () => {
  it("gives an urgent handover's on-call 25 s to answer unless told otherwise, and refuses nonsense", () => {
    expect(loadDeskSettings({}).settings.handover).toEqual({ answerTimeoutSeconds: 25 });
    expect(loadDeskSettings({ handover: { answerTimeoutSeconds: 2 } }).settings.handover).toEqual({ answerTimeoutSeconds: 2 });
    const broken = loadDeskSettings({ handover: { answerTimeoutSeconds: 0 } });
    expect(broken.settings.handover).toEqual({ answerTimeoutSeconds: 25 });
    expect(broken.ignored.map((i) => i.path)).toEqual(['handover.answerTimeoutSeconds']);
  });
});

describe('loadDeskSettings: database', () => {
  const shared = { kind: 'shared', host: 'db.stockholm.example', user: 'agent_1001', password: 'pw' };

  it('uses the embedded database by default, and verify-full for a shared one', () => {
    const { settings, ignored } = loadDeskSettings({});
    expect(settings.database).toEqual({
      kind: 'embedded',
      host: '',
      port: 5432,
      name: 'careline',
      user: '',
      password: '',
      tls: 'verify-full',
      caFile: '',
    });
    expect(ignored).toEqual([]);
  });

  it('keeps a complete shared connection', () => {
    const { settings, ignored } = loadDeskSettings({
      database: { ...shared, port: 6432, name: 'careline_sthlm', tls: 'require', caFile: '/etc/careline/db-ca.pem' },
    });
    expect(settings.database).toEqual({
      ...shared,
      port: 6432,
      name: 'careline_sthlm',
      tls: 'require',
      caFile: '/etc/careline/db-ca.pem',
    });
    expect(ignored).toEqual([]);
  });

  it('accepts an IP address as host', () => {
    expect(loadDeskSettings({ database: { ...shared, host: '10.1.2.3' } }).settings.database.host).toBe('10.1.2.3');
    expect(loadDeskSettings({ database: { ...shared, host: 'fd00::5' } }).settings.database.host).toBe('fd00::5');
  });

  it('replaces invalid values by their defaults and names each (tried: unknown kind, port as text, port 0, URL as host, relative CA path, tls "on")', () => {
    const { settings, ignored } = loadDeskSettings({
      database: { kind: 'cloud', host: 'postgres://db', port: '5432', tls: 'on', caFile: 'certs/ca.pem', name: 'x y' },
    });
    expect(settings.database).toMatchObject({ kind: 'embedded', host: '', port: 5432, tls: 'verify-full', caFile: '', name: 'careline' });
    expect(ignored.map((i) => i.path).sort()).toEqual([
      'database.caFile',
      'database.host',
      'database.kind',
      'database.name',
      'database.port',
      'database.tls',
    ]);
    expect(loadDeskSettings({ database: { port: 0 } }).ignored.map((i) => i.path)).toEqual(['database.port']);
  });

  it('says which setting is missing when a shared database has no server or role, without falling back to embedded', () => {
    const { settings, ignored } = loadDeskSettings({ database: { kind: 'shared' } });
    expect(settings.database.kind).toBe('shared');
    expect(ignored).toEqual([
      { path: 'database.host', reason: 'must be set when database.kind is "shared"' },
      { path: 'database.user', reason: 'must be set when database.kind is "shared"' },
    ]);
    const badHost = loadDeskSettings({ database: { ...shared, host: 'db host' } });
    expect(badHost.ignored).toEqual([{ path: 'database.host', reason: 'must be a host name or IP address' }]);
  });

  it('never repeats a refused password in the reason', () => {
    const { ignored } = loadDeskSettings({ database: { ...shared, password: 'x'.repeat(1025) } });
    expect(ignored.map((i) => i.path)).toEqual(['database.password']);
    expect(ignored[0]?.reason).not.toContain('xxxx');
  });
});

describe('machine policy', () => {
  it('overrides the user file and locks what it sets', () => {
    const { settings, lockedByPolicy, ignored } = loadDeskSettings(
      { locale: 'en', sip: { server: 'ws://my-own:5066', user: '1002' } },
      { sip: { server: 'wss://pbx.kommun.se/ws' }, database: { kind: 'shared', host: 'db.kommun.se', user: 'desk' } },
    );
    expect(settings.sip.server).toBe('wss://pbx.kommun.se/ws');
    expect(settings.sip.user).toBe('1002');
    expect(settings.locale).toBe('en');
    expect(settings.database).toMatchObject({ kind: 'shared', host: 'db.kommun.se', user: 'desk' });
    expect(lockedByPolicy.sort()).toEqual(['database.host', 'database.kind', 'database.user', 'sip.server']);
    expect(ignored).toEqual([]);
  });

  it('ignores a broken policy value, says so, and lets the user value stand (tried: an http URL, an unknown key)', () => {
    const { settings, lockedByPolicy, ignored } = loadDeskSettings(
      { sip: { server: 'ws://my-own:5066' } },
      { sip: { server: 'http://nope' }, colour: 'red' },
    );
    expect(settings.sip.server).toBe('ws://my-own:5066');
    expect(lockedByPolicy).toEqual([]);
    expect(ignored).toEqual([
      { path: 'sip.server', reason: 'must be a ws:// or wss:// URL (machine policy)' },
      { path: 'colour', reason: 'unknown setting (machine policy)' },
    ]);
  });
});
