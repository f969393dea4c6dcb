// Nothing lost (issue 3), at start: a desk in team mode that starts while its PostgreSQL server is
// down works as one whose server went away later. Saves wait in the outbox, the screen-pop says at
// once that it could not look the caller up, and once the server answers and the schema is checked
// the saves land once each, in order. The server is a cluster of this file's own, since stopping it
// must not disturb the other data tests.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OutboxStatus } from '../../shared/contract/data.js';
import { startDeskData, type DeskData } from '../../main/core/desk-data.js';
import type { Logger } from '../../main/core/logger.js';
import type { Database } from '../../main/data/database.js';
import { migrate } from '../../main/data/migrate.js';
import { migrations } from '../../main/data/migrations/index.js';
import { openPostgresDatabase, type PostgresConfig } from '../../main/data/postgres-database.js';
import { exponentialBackoff } from '../../main/phone/reconnect-policy.js';
import { createScreenPop } from '../../main/screenpop/screen-pop.js';
import type { DatabaseSettings } from '../../main/settings/desk-settings.js';
import { casesOn, newCase, sleep } from './saved-cases.js';
import { startPostgresCluster, type PostgresCluster } from '../fixtures/postgres/cluster.js';

let cluster: PostgresCluster;
beforeAll(async () => {
  cluster = await startPostgresCluster();
}, 60_000);
afterAll(async () => {
  await cluster?.stop();
});

/** The core's data side in team mode, with what it published and logged. */
interface Desk {
  data: DeskData;
  published: OutboxStatus[];
  logged: { level: string; message: string; line: string }[];
}

const cleanUps: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp();
});

async function startDesk(server: PostgresConfig): Promise<Desk> {
  const dataDir = await mkdtemp(join(tmpdir(), 'careline-desk-'));
  cleanUps.push(() => rm(dataDir, { recursive: true, force: true }));
  const published: OutboxStatus[] = [];
  const logged: Desk['logged'] = [];
  const entry = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    void logged.push({ level, message, line: JSON.stringify({ message, ...fields }) });
  const log: Logger = { info: entry('info'), warn: entry('warn'), error: entry('error') };
  const settings: DatabaseSettings = {
    kind: 'shared',
    host: server.host,
    port: server.port,
    name: server.database,
    user: server.user,
    password: server.password,
    tls: 'off',
    caFile: '',
  };
  const data = await startDeskData({
    dataDir,
    settings,
    agent: () => '1001',
    onOutboxChanged: (status) => published.push(status),
    onChange: () => undefined,
    log,
    retry: exponentialBackoff({ firstMs: 100, maxMs: 1_000 }),
  });
  cleanUps.push(() => data.stop());
  return { data, published, logged };
}

async function openAdmin(config: PostgresConfig): Promise<Database> {
  const admin = await openPostgresDatabase(config, { poolSize: 1 });
  cleanUps.push(() => admin.close());
  return admin;
}

const citizenNumber = '+46701740699';
const district = '00000000-0000-4000-8000-000000000101';
const citizen = '00000000-0000-4000-8000-000000000102';
/** One fictional citizen on one number, as the importer would leave them. */
const oneCitizen = `
  insert into districts (id, municipality, name, oncall_number) values ('${district}', 'Stockholm', 'Bromma', '+46846500410');
  insert into citizens (id, external_id, given_name, family_name, district_id) values ('${citizen}', 'T-101', 'Greta', 'Provsson', '${district}');
  insert into phone_numbers values ('${citizenNumber}', 'mobile');
  insert into citizen_phone_numbers values ('${citizenNumber}', '${citizen}');
`;

const linesWith = (desk: Desk, text: string) => desk.logged.filter((entry) => entry.message.includes(text));

describe('a desk that starts while the shared server is down', () => {
  it('queues 10 saves, fails look-ups at once, and lands all 10 once, in order, when the server answers', async () => {
    const config = await cluster.createDatabase('careline_start');
    await cluster.stopServerOnly();
    let serverDown = true;
    // A failure before the restart below must not leave the next test without a server.
    cleanUps.push(async () => {
      if (serverDown) await cluster.startServerOnly();
    });

    const started = performance.now();
    const desk = await startDesk(config);
    const startMs = performance.now() - started;
    expect(desk.data.state).toBe('connecting');
    const services = desk.data.caseServices!;
    expect(services).toBeDefined();

    const identify = createScreenPop({ lookup: desk.data.lookup, defaultRegion: () => 'SE', agent: () => '1001' });
    const lookupStarted = performance.now();
    const before = await identify('call-before', '0701740699');
    const lookupMs = performance.now() - lookupStarted;
    expect(before.match).toEqual({ kind: 'lookupFailed' });
    expect(lookupMs).toBeLessThan(200);

    const saves = Array.from({ length: 10 }, (_, n) => newCase(n));
    const deliveries: string[] = [];
    for (const input of saves) deliveries.push((await services.cases.saveCase(input)).delivery);
    expect(deliveries).toEqual(Array<string>(10).fill('queued'));
    expect(await services.outboxStatus()).toMatchObject({ waiting: 10, refused: 0 });
    // Long enough for the schema check and the replay to try, fail and back off several times.
    await sleep(1_500);
    expect(linesWith(desk, 'shared database not reachable yet')).toHaveLength(1);
    expect(linesWith(desk, 'shared database reachable')).toHaveLength(0);

    const serverStarting = performance.now();
    await cluster.startServerOnly();
    serverDown = false;
    const serverUp = performance.now();
    await vi.waitFor(async () => expect((await services.outboxStatus()).waiting).toBe(0), { timeout: 20_000, interval: 20 });
    const drained = performance.now();
    expect(desk.data.state).toBe('open');

    const admin = await openAdmin(config);
    const landed = await casesOn(admin, saves.map((s) => s.clientId));
    expect(landed.map((row) => row.client_id)).toEqual(saves.map((s) => s.clientId));
    expect(landed.every((row) => row.events === 1)).toBe(true);
    expect(await services.outboxStatus()).toEqual({ waiting: 0, refused: 0 });
    await vi.waitFor(() => expect(desk.published.at(-1)).toEqual({ waiting: 0, refused: 0 }));
    expect(Math.max(...desk.published.map((s) => s.waiting))).toBe(10);

    // The desk migrated the empty database itself; the importer fills the mirror afterwards.
    await admin.exec(oneCitizen);
    const after = await identify('call-after', '0701740699');
    expect(after.match).toMatchObject({ kind: 'citizens', citizens: [{ citizenId: citizen }] });
    expect(await services.cases.saveCase(newCase(10))).toMatchObject({ delivery: 'saved', caseNumber: expect.any(Number) });

    expect(linesWith(desk, 'shared database not reachable yet')).toHaveLength(1);
    expect(linesWith(desk, 'shared database reachable')).toHaveLength(1);
    for (const { line } of desk.logged) expect(line).not.toMatch(/kvällsbesöket|46701740605|46701740699|Provsson/);

    console.info(
      `[shared-start] desk data side started in ${startMs.toFixed(0)} ms with the server down; a look-up failed after ` +
        `${lookupMs.toFixed(1)} ms; pg_ctl start took ${(serverUp - serverStarting).toFixed(0)} ms; the 10 saves were on the ` +
        `server ${(drained - serverUp).toFixed(0)} ms after it was up (schema check and replay backoff 100 ms..1 s)`,
    );
  });
});

describe('a desk whose shared server has a schema it must not use', () => {
  it('keeps saves in the outbox without retrying the check, says so once, and flags the outbox badge', async () => {
    const config = await cluster.createDatabase('careline_newer');
    const admin = await openAdmin(config);
    await migrate(admin, migrations);
    await admin.query(`insert into schema_migrations (version, name) values (9999, 'from a newer build')`);

    const desk = await startDesk(config);
    await vi.waitFor(() => expect(desk.published.at(-1)).toMatchObject({ schemaBlocked: true }), { timeout: 10_000 });
    const services = desk.data.caseServices!;
    const saves = [newCase(1), newCase(2), newCase(3)];
    for (const input of saves) expect((await services.cases.saveCase(input)).delivery).toBe('queued');
    await sleep(1_500);

    expect(await services.outboxStatus()).toMatchObject({ waiting: 3, refused: 0, schemaBlocked: true });
    expect(await casesOn(admin, saves.map((s) => s.clientId))).toEqual([]);
    expect(desk.data.state).toBe('blocked');
    const blocked = desk.logged.filter((entry) => entry.level === 'error');
    expect(blocked).toHaveLength(1);
    expect(blocked[0]?.line).toContain('newer than this version of Careline Desk');
    await expect(desk.data.lookup(citizenNumber, { agent: '1001', callId: 'call-blocked' })).rejects.toThrow(
      "The shared database's schema cannot be used by this build.",
    );
  });
});
