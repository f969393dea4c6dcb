// Nothing lost (issue 3): a desk in team mode keeps saving cases while its PostgreSQL server is
// down; the saves wait in the outbox on the desk's disk and land on the server once it is back,
// once each and in the order they were made. The server here is a cluster of this file's own,
// since stopping it must not disturb the other data tests.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OutboxStatus } from '../../shared/contract/data.js';
import { startCaseServices, type CaseServices } from '../../main/cases/case-services.js';
import { applyDeskWrite, type DeskWrite } from '../../main/cases/desk-writes.js';
import type { Logger } from '../../main/core/logger.js';
import type { Database } from '../../main/data/database.js';
import { subscribeLiveChanges } from '../../main/data/live/live-changes.js';
import { migrate } from '../../main/data/migrate.js';
import { migrations } from '../../main/data/migrations/index.js';
import { openOutbox } from '../../main/data/outbox/outbox-store.js';
import { openPostgresDatabase } from '../../main/data/postgres-database.js';
import { exponentialBackoff } from '../../main/phone/reconnect-policy.js';
import { casesOn, newCase, sleep } from './saved-cases.js';
import { startPostgresCluster, type PostgresCluster } from '../fixtures/postgres/cluster.js';

let cluster: PostgresCluster;
let server: Database;
beforeAll(async () => {
  cluster = await startPostgresCluster();
  const config = await cluster.createDatabase('outbox');
  // The desk's own pool and listener, with the listener's reconnect shortened as the replay's is.
  server = await openPostgresDatabase(config, { listenerReconnect: exponentialBackoff({ firstMs: 100, maxMs: 1_000 }) });
  await migrate(server, migrations);
}, 60_000);
afterAll(async () => {
  await server?.close();
  await cluster?.stop();
});

/** A desk in team mode: its data folder (outbox), its case services, what it published and logged. */
interface Desk {
  services: CaseServices;
  published: OutboxStatus[];
  logged: string[];
  stop(): Promise<void>;
}

const dataDirs: string[] = [];
const desks: Desk[] = [];
afterEach(async () => {
  await Promise.all(desks.splice(0).map((desk) => desk.stop()));
  await Promise.all(dataDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function newDataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'careline-desk-'));
  dataDirs.push(dir);
  return dir;
}

async function startDesk(dataDir: string): Promise<Desk> {
  const published: OutboxStatus[] = [];
  const logged: string[] = [];
  const log: Logger = {
    info: (message, fields) => logged.push(JSON.stringify({ message, ...fields })),
    warn: (message, fields) => logged.push(JSON.stringify({ message, ...fields })),
    error: (message, fields) => logged.push(JSON.stringify({ message, ...fields })),
  };
  const services = await startCaseServices({
    database: server,
    shared: true,
    dataDir,
    agent: () => '1001',
    onOutboxChanged: (status) => published.push(status),
    log,
    retry: exponentialBackoff({ firstMs: 100, maxMs: 1_000 }),
  });
  // As the core wires it: the listener coming back tells the replay the server answers.
  const live = subscribeLiveChanges({ db: server, onChange: () => undefined, onResumed: () => services.serverAnswers(), log });
  const desk = {
    services,
    published,
    logged,
    async stop() {
      await live.stop();
      await services.stop();
    },
  };
  desks.push(desk);
  return desk;
}

describe('the outbox against a real PostgreSQL server', () => {
  it('keeps 50 cases saved across a server outage: all land once, none twice, in the order they were saved', async () => {
    const desk = await startDesk(await newDataDir());
    const saves = Array.from({ length: 50 }, (_, n) => newCase(n));
    const deliveries: string[] = [];
    for (const input of saves.slice(0, 20)) deliveries.push((await desk.services.cases.saveCase(input)).delivery);

    await cluster.stopServerOnly();
    // The agent goes on working through an outage of a few seconds, long enough for the replay to
    // try, fail and back off several times.
    const outageStarted = performance.now();
    for (const [n, input] of saves.slice(20).entries()) {
      deliveries.push((await desk.services.cases.saveCase(input)).delivery);
      if (n % 10 === 9) await sleep(700);
    }
    const queueMs = performance.now() - outageStarted;
    expect(deliveries).toEqual([...Array<string>(20).fill('saved'), ...Array<string>(30).fill('queued')]);
    expect(await desk.services.outboxStatus()).toMatchObject({ waiting: 30, refused: 0 });

    const restartedAt = performance.now();
    await cluster.startServerOnly();
    const serverUpAt = performance.now();
    await vi.waitFor(async () => expect((await desk.services.outboxStatus()).waiting).toBe(0), { timeout: 20_000, interval: 20 });
    const drainedAt = performance.now();

    const landed = await casesOn(server, saves.map((s) => s.clientId));
    expect(landed.map((row) => row.client_id)).toEqual(saves.map((s) => s.clientId));
    expect(landed.every((row) => row.events === 1)).toBe(true);
    // The agent's time of saving, not the replay's: the register says when the call was.
    const createdAt = landed.map((row) => row.created_at.getTime());
    expect(createdAt).toEqual([...createdAt].sort((a, b) => a - b));
    expect(await desk.services.outboxStatus()).toEqual({ waiting: 0, refused: 0 });
    await vi.waitFor(() => expect(desk.published.at(-1)).toEqual({ waiting: 0, refused: 0 }));
    expect(Math.max(...desk.published.map((s) => s.waiting))).toBe(30);
    for (const line of desk.logged) expect(line).not.toMatch(/kvällsbesöket|46701740605/);

    console.info(
      `[outbox] 30 saves queued over ${queueMs.toFixed(0)} ms of outage (3 x 10, 700 ms apart); pg_ctl start took ` +
        `${(serverUpAt - restartedAt).toFixed(0)} ms; the outbox was empty ${(drainedAt - serverUpAt).toFixed(0)} ms after the server was up`,
    );
  });

  it('lands a case once when the desk died between the server commit and the outbox delete', async () => {
    const dataDir = await newDataDir();
    const input = newCase(1);
    const write: DeskWrite = { kind: 'saveCase', agent: '1001', at: new Date().toISOString(), input };
    // The desk queued the save, sent it, the server committed it, and the desk died before deleting the row.
    const outbox = await openOutbox(dataDir);
    await outbox.append(input.clientId, write);
    await applyDeskWrite(server, write);
    await outbox.close();

    // Started again, it replays the same row.
    const desk = await startDesk(dataDir);
    await vi.waitFor(async () => expect(await desk.services.outboxStatus()).toEqual({ waiting: 0, refused: 0 }));
    const landed = await casesOn(server, [input.clientId]);
    expect(landed).toHaveLength(1);
    expect(landed[0]?.events).toBe(1);
  });

  it('reports a case the server refuses while it is up, and queues nothing', async () => {
    const desk = await startDesk(await newDataDir());
    const refused = { ...newCase(2), districtId: randomUUID() };
    await expect(desk.services.cases.saveCase(refused)).rejects.toMatchObject({ code: '23503' });
    expect(await desk.services.outboxStatus()).toEqual({ waiting: 0, refused: 0 });
    expect(await casesOn(server, [refused.clientId])).toEqual([]);
    expect(await desk.services.cases.saveCase(newCase(3))).toMatchObject({ delivery: 'saved', caseNumber: expect.any(Number) });
  });
});
