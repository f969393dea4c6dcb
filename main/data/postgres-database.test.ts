import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectionConfig, openPostgresDatabase, type PostgresConfig } from './postgres-database.js';
import { pgliteCompatibleTypes } from './postgres-types.js';

const config: PostgresConfig = {
  host: 'db.stockholm.example',
  port: 5432,
  database: 'careline',
  user: 'agent_1001',
  password: 'not-in-any-log',
  ssl: 'verify-full',
};

describe('connectionConfig', () => {
  it('names the application and pins the session settings the shared parsers rely on', () => {
    const connection = connectionConfig(config);
    expect(connection).toMatchObject({
      host: 'db.stockholm.example',
      port: 5432,
      database: 'careline',
      user: 'agent_1001',
      application_name: 'careline-desk',
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
    });
    expect(connection.options).toContain('-c TimeZone=UTC');
    expect(connection.options).toContain('-c DateStyle=ISO');
    expect(connectionConfig({ ...config, connectTimeoutMs: 800 }).connectionTimeoutMillis).toBe(800);
  });

  it('maps each TLS mode: off sends plain text, require skips the check, verify-full checks against the CA given', () => {
    expect(connectionConfig({ ...config, ssl: 'off' }).ssl).toBe(false);
    expect(connectionConfig({ ...config, ssl: 'require' }).ssl).toEqual({ rejectUnauthorized: false });
    expect(connectionConfig(config).ssl).toEqual({ rejectUnauthorized: true });
    expect(connectionConfig(config, 'PEM').ssl).toEqual({ rejectUnauthorized: true, ca: 'PEM' });
  });
});

describe('openPostgresDatabase', () => {
  it('fails at once, naming the file, when the CA file cannot be read', async () => {
    await expect(openPostgresDatabase({ ...config, caFile: '/nonexistent/ca.pem' })).rejects.toThrow(
      /The database CA file \/nonexistent\/ca\.pem cannot be read: ENOENT/,
    );
  });

  it('reads the CA file only for verify-full', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'careline-ca-'));
    try {
      await writeFile(join(dir, 'ca.pem'), 'PEM');
      const db = await openPostgresDatabase({ ...config, caFile: join(dir, 'ca.pem') });
      await db.close();
      const plain = await openPostgresDatabase({ ...config, ssl: 'off', caFile: '/nonexistent/ca.pem' });
      await plain.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('pgliteCompatibleTypes', () => {
  const parse = (oid: number, text: string) => pgliteCompatibleTypes.getTypeParser(oid)(text);

  it('gives int8 as a number while it is exact, as a bigint beyond', () => {
    expect(parse(20, '42')).toBe(42);
    expect(parse(20, '9007199254740993')).toBe(9007199254740993n);
    expect(parse(1016, '{1,NULL,3}')).toEqual([1, null, 3]);
  });

  it('keeps numeric as text, so no öre is lost', () => {
    expect(parse(1700, '1234.50')).toBe('1234.50');
    expect(parse(1231, '{1.10,2}')).toEqual(['1.10', '2']);
  });

  it('gives a date as midnight UTC whatever the machine zone, and timestamps as instants', () => {
    expect(parse(1082, '2024-03-01')).toEqual(new Date('2024-03-01T00:00:00Z'));
    expect(parse(1184, '2024-03-01 12:30:00.123+01')).toEqual(new Date('2024-03-01T11:30:00.123Z'));
    expect(parse(1182, '{2024-03-01,2024-03-02}')).toEqual([new Date('2024-03-01T00:00:00Z'), new Date('2024-03-02T00:00:00Z')]);
    expect(parse(1184, 'infinity')).toBe(Infinity);
  });

  it('leaves interval, unknown types and arrays of unknown types as PostgreSQL wrote them', () => {
    expect(parse(1186, '1 day 02:00:00')).toBe('1 day 02:00:00');
    expect(parse(600, '(1,2)')).toBe('(1,2)');
    expect(parse(16_385, '{a,b}')).toBe('{a,b}');
  });

  it('gives bytea as a Uint8Array and json parsed', () => {
    expect(parse(17, '\\x01ff')).toEqual(new Uint8Array([1, 255]));
    expect(parse(3802, '{"a":[1]}')).toEqual({ a: [1] });
  });
});
