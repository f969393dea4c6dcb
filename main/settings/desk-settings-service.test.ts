import { describe, expect, it, vi } from 'vitest';
import { ContractFailure } from '../../shared/contract/result.js';
import { silentLogger } from '../core/logger.js';
import { DeskSettingsService } from './desk-settings-service.js';
import type { SettingsSource } from './settings-source.js';

const memory = (raw: Record<string, unknown>): SettingsSource & { raw: Record<string, unknown> } => ({
  raw,
  readAll: () => raw,
  set(key, value) {
    raw[key] = value;
  },
  location: '/tmp/settings.json',
});

describe('DeskSettingsService', () => {
  it('starts on defaults when the file cannot be read at all, and says so (tried: a file that is not JSON)', () => {
    const source: SettingsSource = {
      readAll: () => {
        throw new SyntaxError('Unexpected token } in JSON at position 12');
      },
      set: () => undefined,
      location: '/tmp/settings.json',
    };
    const service = new DeskSettingsService(source, silentLogger);
    expect(service.current.sip.user).toBe('1001');
    expect(service.snapshot().ignored).toEqual([{ path: '(file)', reason: expect.stringContaining('Unexpected token') }]);
  });

  it('logs each ignored setting with its path for IT, without its value', () => {
    const warn = vi.fn();
    new DeskSettingsService(memory({ sip: { password: 42 } }), { ...silentLogger, warn });
    expect(warn).toHaveBeenCalledWith('setting ignored, default used', expect.objectContaining({ path: 'sip.password' }));
    expect(JSON.stringify(warn.mock.calls)).not.toContain('42');
  });

  it('stores a new language, tells listeners, and forgets an earlier complaint about it', () => {
    const source = memory({ locale: 'xx' });
    const service = new DeskSettingsService(source, silentLogger);
    const listener = vi.fn();
    service.onChange(listener);
    service.setLocale('da');
    expect(source.raw['locale']).toBe('da');
    expect(listener).toHaveBeenCalledWith({ locale: 'da', ignored: [], lockedByPolicy: [], shortcuts: expect.objectContaining({ answerCall: 'Alt+A' }) });
  });

  it('refuses to change a language the machine policy fixed, and keeps the file as it was', () => {
    const source = memory({ locale: 'en' });
    const service = new DeskSettingsService(source, silentLogger, { values: { locale: 'da' }, problems: [], location: '/etc/careline-desk/policy.json' });
    expect(service.current.locale).toBe('da');
    expect(() => service.setLocale('sv')).toThrow(ContractFailure);
    expect(source.raw['locale']).toBe('en');
    expect(service.snapshot().lockedByPolicy).toEqual(['locale']);
  });
});
