import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCallerByNumber } from '../caller-lookup.js';
import type { Database } from '../database.js';
import { migrate } from '../migrate.js';
import { migrations } from '../migrations/index.js';
import { openPgliteDatabase } from '../pglite-database.js';
import { loadDataset } from './bulk-insert.js';
import { generateDataset } from './dataset.js';
import { generateDemoData } from './generate-demo-data.js';
import { tableSpecs } from './tables.js';

// A small data set with a month turn in its history, loaded with every constraint and trigger on.
const options = { citizens: 400, historyDays: 12, callsPerDay: 150 };
const data = generateDemoData(options);
let db: Database;
beforeAll(async () => {
  db = await openPgliteDatabase();
  await migrate(db, migrations);
  await loadDataset(db, generateDataset(options));
}, 60_000);
afterAll(async () => {
  await db.close();
});

const count = async (table: string) => (await db.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]?.n;

describe('a generated data set in the database', () => {
  it('lands row for row, every foreign key and check satisfied', async () => {
    for (const spec of tableSpecs) expect(await count(spec.table), spec.table).toBe(data[spec.list].length);
  });

  it('fills every table of the mirror, the case register and the contact centre', async () => {
    const tables = [
      'districts', 'care_managers', 'citizens', 'phone_numbers', 'citizen_phone_numbers', 'citizen_identity_numbers', 'relatives',
      'relative_phone_numbers', 'providers', 'decisions', 'fee_bases', 'invoices', 'oncall_shifts', 'handler_groups', 'cases',
      'case_events', 'teams', 'agents', 'agent_state_log', 'call_records', 'call_transfers', 'knowledge_articles',
      'knowledge_article_revisions', 'broadcasts', 'audit_log',
    ];
    for (const table of tables) expect(await count(table), table).toBeGreaterThan(0);
    const [deviation] = await db.query<{ n: number }>(
      `select count(*)::int as n from knowledge_articles where kind = 'local_deviation' and valid_from <= '2026-03-02' and valid_to >= '2026-03-02'`,
    );
    expect(deviation?.n).toBe(1);
  });

  it('shows identity numbers only masked through the view', async () => {
    const rows = await db.query<{ masked: string }>('select masked from citizen_identity_masked');
    expect(rows).toHaveLength(400);
    expect(rows.every(({ masked }) => /^(\d{8}|\d{6})-\*{4}$/.test(masked))).toBe(true);
  });

  it("finds the citizen a relative calls about from the relative's own mobile", async () => {
    const shielded = new Set(data.citizens.filter((c) => c.protectedIdentity).map((c) => c.id));
    const citizenLines = new Set(data.citizenPhones.map((p) => p.e164));
    const relative = data.relatives.find((r) => r.isNextOfKin && !shielded.has(r.citizenId) && data.relativePhones.some((p) => p.relativeId === r.id && !citizenLines.has(p.e164)));
    const line = data.relativePhones.find((p) => p.relativeId === relative?.id);
    const { match } = await findCallerByNumber(db, line?.e164 ?? '', { agent: '1001', callId: 'dataset-load@test' });
    expect(match.kind === 'citizens' && match.citizens.map((c) => [c.citizenId, c.viaRelative?.nextOfKin])).toEqual([[relative?.citizenId, true]]);
  });
});
