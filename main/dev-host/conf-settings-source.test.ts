/** The conf-backed settings source against a real file in a temporary folder. */
import Conf from 'conf';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confSettingsSource, SettingsFileUnreadable } from './conf-settings-source.js';

describe('confSettingsSource', () => {
  let dir: string;
  let file: string;
  const source = () =>
    confSettingsSource(() => new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', configFileMode: 0o600 }), file);

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'settings-test-'));
    file = join(dir, 'settings.json');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reads the whole file, values the core would reject included', async () => {
    await writeFile(file, JSON.stringify({ sip: { server: 'not a url', user: '1001' }, colour: 'red' }));
    expect(source().readAll()).toEqual({ sip: { server: 'not a url', user: '1001' }, colour: 'red' });
  });

  it('reads an empty store when there is no file yet', () => {
    expect(source().readAll()).toEqual({});
  });

  it('writes dotted keys as sections, readable only by the user (the file holds the SIP password)', async () => {
    const settings = source();
    settings.set('sip.password', 'secret');
    settings.set('locale', 'da');
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ sip: { password: 'secret' }, locale: 'da' });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(settings.location).toBe(file);
  });

  it('says which file is not JSON, and reads it once it is fixed', async () => {
    await writeFile(file, '{ "locale": "sv", ');
    const settings = source();
    expect(() => settings.readAll()).toThrow(SettingsFileUnreadable);
    expect(() => settings.readAll()).toThrow(file);
    expect(await readFile(file, 'utf8')).toBe('{ "locale": "sv", ');
    await writeFile(file, '{ "locale": "sv" }');
    expect(settings.readAll()).toEqual({ locale: 'sv' });
  });
});
