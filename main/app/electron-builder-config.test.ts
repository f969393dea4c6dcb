/**
 * electron-builder.yml cannot be type-checked, so this test holds it to the shipped app's
 * security and deployment promises: every Electron fuse set explicitly to its safe value, the
 * installers IT needs, and the links the desk will answer.
 */
import type { Configuration } from 'electron-builder';
import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkSchemes } from '../core/dial-link.js';

type Fuses = Required<Omit<NonNullable<Configuration['electronFuses']>, 'resetAdHocDarwinSignature'>>;

/** Typed as the complete set: a fuse added by a newer electron-builder fails `npm run typecheck` here. */
const safeFuses: Fuses = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
};

const config = load(readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8')) as Configuration;
const targetsOf = (platform: { target?: unknown } | null | undefined) =>
  ((platform?.target ?? []) as (string | { target: string })[]).map((t) => (typeof t === 'string' ? t : t.target));

describe('electron-builder.yml', () => {
  it('sets every Electron fuse, each to its safe value', () => {
    expect(config.electronFuses).toStrictEqual(safeFuses);
  });

  it('ships the app from an asar archive with only the app bundles', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['dist/main/**/*', 'dist/preload/**/*', 'dist/renderer/**/*', 'package.json']));
    expect(config.files).not.toEqual(expect.arrayContaining([expect.stringMatching(/dev-host|caller-simulator/)]));
  });

  it('identifies the product', () => {
    expect(config.appId).toBe('se.careline.desk');
    expect(config.productName).toBe('Careline Desk');
  });

  it('builds the installers for every platform, per machine on Windows', () => {
    expect(targetsOf(config.linux)).toEqual(['AppImage', 'deb']);
    expect(targetsOf(config.win)).toEqual(['nsis', 'msi']);
    expect(targetsOf(config.mac)).toEqual(['dmg']);
    expect(config.nsis?.perMachine).toBe(true);
    expect(config.msi?.perMachine).toBe(true);
  });

  it('registers the desk for tel: and sip: links', () => {
    const schemes = [config.protocols ?? []].flat().flatMap((protocol) => protocol.schemes);
    expect(schemes.sort()).toEqual(['sip', 'tel']);
  });

  it('registers exactly the schemes the app takes links for, and ships the tray icons', () => {
    const schemes = [config.protocols ?? []].flat().flatMap((protocol) => protocol.schemes);
    expect(schemes.sort()).toEqual([...linkSchemes].sort());
    expect(config.files).toEqual(expect.arrayContaining(['assets/tray/**/*']));
  });
});
