import { describe, expect, it } from 'vitest';
import { parseImportArgs } from './cli-options.js';
import { postgresConfig } from './database-target.js';

describe('parseImportArgs', () => {
  it('defaults to the desk folder, CSV, Sweden and Stockholm time', () => {
    expect(parseImportArgs(['citizens', 'c.csv'], { CARELINE_DATA_DIR: '/data' })).toEqual({
      ok: true,
      command: { kind: 'citizens', file: 'c.csv', format: 'csv', dryRun: false, database: { engine: 'desk', dataDir: '/data' }, region: 'SE', timeZone: 'Europe/Stockholm' },
    });
  });

  it('takes the format from a .json name, and options in both spellings', () => {
    const parsed = parseImportArgs(['invoices', 'i.JSON', '--dry-run', '--region=dk', '--database', 'postgres://imp@db/careline'], {});
    expect(parsed.ok && parsed.command).toMatchObject({ format: 'json', dryRun: true, region: 'DK', database: { engine: 'postgres', url: 'postgres://imp@db/careline' } });
  });

  it('uses CARELINE_DATABASE_URL when no --database is given', () => {
    const parsed = parseImportArgs(['districts', 'd.csv'], { CARELINE_DATABASE_URL: 'postgres://imp@db/x' });
    expect(parsed.ok && parsed.command.database).toEqual({ engine: 'postgres', url: 'postgres://imp@db/x' });
  });

  it('refuses unknown kinds and options, a missing file and a password flag, with the usage text', () => {
    for (const argv of [['pets', 'p.csv'], ['citizens', 'c.csv', '--fast'], ['citizens'], ['citizens', 'c.csv', '--password', 'x'], ['citizens', 'c.csv', '--format', 'xml']]) {
      const parsed = parseImportArgs(argv, {});
      expect(parsed.ok).toBe(false);
      expect(!parsed.ok && parsed.message).toContain('Usage: npm run import -- <kind> <file>');
    }
  });

  it('answers --help with the usage alone', () => {
    expect(parseImportArgs(['--help'], {})).toMatchObject({ ok: false, help: true });
  });
});

describe('postgresConfig', () => {
  it('reads the server from the URL and the password from PGPASSWORD', () => {
    expect(postgresConfig('postgres://importer@db.example.se:5433/careline?sslmode=require', { PGPASSWORD: 'secret' })).toEqual({
      host: 'db.example.se',
      port: 5433,
      database: 'careline',
      user: 'importer',
      password: 'secret',
      ssl: 'require',
    });
  });

  it('verifies certificates by default except on loopback', () => {
    expect(postgresConfig('postgres://a@db/x', {}).ssl).toBe('verify-full');
    expect(postgresConfig('postgres://a@127.0.0.1/x', {}).ssl).toBe('off');
    expect(postgresConfig('postgres://a@db/x?sslmode=verify-full&sslrootcert=/etc/ca.pem', {}).caFile).toBe('/etc/ca.pem');
  });

  it('refuses a password in the URL, and a URL without user or database', () => {
    expect(() => postgresConfig('postgres://a:pw@db/x', {})).toThrow('must not hold a password');
    expect(() => postgresConfig('postgres://db/x', {})).toThrow('needs a user');
    expect(postgresConfig('postgres://db/x', { PGUSER: 'imp' }).user).toBe('imp');
    expect(() => postgresConfig('postgres://a@db/', {})).toThrow('needs a host and a database');
    expect(() => postgresConfig('mysql://a@db/x', {})).toThrow('postgres://');
  });
});
