/** The shell's view of the core with a stand-in phone and agent: links dialled or refused, notices, state, language. */
import { describe, expect, it, vi } from 'vitest';
import type { AgentStatus } from '../../shared/contract/agent.js';
import type { DeskNotice } from '../../shared/contract/desktop.js';
import type { RegistrationStatus } from '../../shared/contract/phone.js';
import type { SettingsSnapshot } from '../../shared/contract/settings.js';
import { loadDeskSettings } from '../settings/desk-settings.js';
import { DeskShell, type ShellEvent } from './desk-shell.js';
import { defaultShortcuts } from '../../shared/contract/shortcuts.js';

function setUp(registration: RegistrationStatus['state'] = 'registered') {
  const logLines: string[] = [];
  const broadcast: DeskNotice[] = [];
  const events: ShellEvent[] = [];
  let settingsListener: ((snapshot: SettingsSnapshot) => void) | undefined;
  const phone = {
    registration: { state: registration, user: '1001' } as RegistrationStatus,
    dial: vi.fn((_typed: string, _numbering: unknown) => Promise.resolve('out-1')),
    answer: vi.fn((_callId: string) => Promise.resolve()),
  };
  const agent = { status: (): AgentStatus => ({ state: 'ready', since: 0 }), choose: vi.fn((_state: 'ready' | 'notReady') => ({ state: 'ready' as const, since: 0 })), suspended: vi.fn() };
  const settings = loadDeskSettings({ sip: { server: 'wss://pbx.example.se:8089/ws', domain: 'example.se' } }).settings;
  const shell = new DeskShell({
    agent,
    phone: { dial: phone.dial, answer: phone.answer, snapshot: () => ({ registration: phone.registration, calls: [], callers: [] }) },
    settings: { current: settings, onChange: (listener) => ((settingsListener = listener), () => undefined) },
    broadcastNotice: (notice) => broadcast.push(notice),
    log: { info: (m, f) => logLines.push(JSON.stringify({ m, ...f })), warn: () => undefined, error: () => undefined },
    lineWaitMs: 200,
  });
  shell.onEvent((event) => events.push(event));
  return { shell, phone, agent, logLines, broadcast, events, changeSettings: (s: SettingsSnapshot) => settingsListener?.(s) };
}

describe('DeskShell.dialLink', () => {
  it('dials what the link names with the desk\'s numbering, and logs the call but not the number', async () => {
    const { shell, phone, logLines } = setUp();
    expect(await shell.dialLink('tel:+46-70-174-06-05')).toBe('out-1');
    expect(phone.dial).toHaveBeenCalledWith('+46-70-174-06-05', { defaultRegion: 'SE', internalPattern: '^[0-9]{3,6}$' });
    await shell.dialLink('sip:1002@example.se');
    await shell.dialLink('sip:600@pbx.example.se');
    expect(phone.dial.mock.calls.map((call) => call[0])).toEqual(['+46-70-174-06-05', '1002', '600']);
    expect(logLines.join('\n')).not.toMatch(/174|1002/);
  });

  it('refuses a link that is no number here with its reason, and calls nobody', async () => {
    const { shell, phone } = setUp();
    await expect(shell.dialLink('sip:1002@other.example')).rejects.toMatchObject({ code: 'linkRefused', messageKey: 'desktop.link.otherDomain' });
    await expect(shell.dialLink('mailto:x@example.se')).rejects.toMatchObject({ messageKey: 'desktop.link.unsupportedScheme' });
    expect(phone.dial).not.toHaveBeenCalled();
  });

  it('waits for a phone that is still connecting, as when a link starts the app', async () => {
    const { shell, phone } = setUp('connecting');
    const dialled = shell.dialLink('tel:+46701740605');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(phone.dial).not.toHaveBeenCalled();
    phone.registration = { state: 'registered', user: '1001' };
    shell.phoneEvent({ type: 'registrationChanged', status: phone.registration });
    await expect(dialled).resolves.toBe('out-1');
  });

  it('gives up waiting and lets the phone say why it cannot call', async () => {
    const { shell, phone } = setUp('unreachable');
    const started = Date.now();
    await shell.dialLink('tel:+46701740605');
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(phone.dial).toHaveBeenCalledTimes(1);
  });
});

describe('DeskShell events', () => {
  it('sends call notices to the pages and to the shell, and the agent\'s state and language to the shell', () => {
    const { shell, broadcast, events, changeSettings } = setUp();
    const call = { callId: 'c-1', direction: 'inbound', caller: { e164: null, display: '' }, dialled: '600', offeredAt: 0 } as const;
    shell.phoneEvent({ type: 'callChanged', call: { ...call, state: 'ringing' } });
    shell.agentChanged({ state: 'onCall', since: 1 });
    changeSettings({ locale: 'da', ignored: [], lockedByPolicy: [], shortcuts: defaultShortcuts });
    expect(broadcast).toEqual([{ kind: 'incomingCall', callId: 'c-1', dialled: '600' }]);
    expect(events).toEqual([
      { type: 'notice', notice: broadcast[0] },
      { type: 'agentChanged', status: { state: 'onCall', since: 1 } },
      { type: 'localeChanged', locale: 'da' },
    ]);
  });
});
