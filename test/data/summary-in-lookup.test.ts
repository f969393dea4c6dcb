// One audit row per look-up (migration 10): the summary of a citizen whom this agent's committed
// caller look-up or search showed is read as part of it, writing no row of its own; refused for a
// citizen it did not show, another agent's look-up or an uncommitted one. Both engines, as the roles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCitizenSummary } from '../../main/citizens/summary-read.js';
import type { Database, Queryable } from '../../main/data/database.js';
import { engines, type DatabaseEngine } from '../fixtures/database/engines.js';
import { actingAs, astrid, margareta, numbers, privacySetup, readSummary, steps, type Actors, type Role } from './privacy-fixture.js';

afterAll(() => Promise.all(engines.map((engine) => engine.close())));

const readInLookup = 'select careline_read_summary_in_lookup($1, $2, $3) as summary';
const beginSearch = `select careline_begin_citizen_search($1, $2, 'search', $3) as id`;

describe.each(engines)('$name', (engine: DatabaseEngine) => {
  let owner: Database;
  let actors: Actors;
  let calls = 0;
  const newCall = () => `in-lookup-${engine.name}-${++calls}`;
  const auditOf = async (callId: string) =>
    (await owner.query<{ row: string }>(`select purpose || ':' || citizen_id as row from lookup_audit where call_id = $1 order by 1`, [callId])).map((r) => r.row);
  const lookupsOf = async (callId: string) => (await owner.query<{ kind: string }>('select kind from lookups where call_id = $1 order by begun_at', [callId])).map((r) => r.kind);
  const beginCaller = async (e164: string, callId: string) =>
    (await actors.query<{ id: string }>('agent', steps.beginCaller, [e164, callId, 'screen-pop', '1001']))[0]!.id;
  const read = async (role: Role, lookupId: string, citizenId: string, stated: string) =>
    (await actors.query<{ summary: { kind: string; givenName?: string } | null }>(role, readInLookup, [lookupId, citizenId, stated]))[0]?.summary;

  beforeAll(async () => {
    ({ owner, actors } = await privacySetup(engine));
  });
  afterAll(() => actors.close());

  it("reads the summary of the caller look-up's citizen within it, writing no audit row and no look-up", async () => {
    const callId = newCall();
    const lookupId = await beginCaller(numbers.margareta, callId);
    const summary = await read('agent', lookupId, margareta, '1001');
    expect(summary).toMatchObject({ kind: 'citizen', givenName: 'Margareta', familyName: 'Lindqvist', feeBasis: { currency: 'SEK' } });
    expect(await read('agent', lookupId, margareta, '1001')).toEqual(summary);
    expect(await auditOf(callId)).toEqual([`screen-pop:${margareta}`]);
    expect(await lookupsOf(callId)).toEqual(['caller']);
    // The same JSON as a summary look-up of her own, which writes its row.
    const ownCall = newCall();
    expect(await readSummary(actors, 'agent', margareta, ownCall, 'summary', '1001')).toEqual(summary);
    expect(await auditOf(ownCall)).toEqual([`summary:${margareta}`]);
  });

  it('reads a citizen found through a relative, and one a search showed, within that look-up', async () => {
    const viaSon = newCall();
    const lookupId = await beginCaller(numbers.son, viaSon);
    expect(await read('agent', lookupId, margareta, '1001')).toMatchObject({ kind: 'citizen', givenName: 'Margareta' });
    expect(await auditOf(viaSon)).toEqual([`screen-pop:${margareta}`]);
    const searched = newCall();
    const [search] = await actors.query<{ id: string }>('agent', beginSearch, ['Lindqvist', searched, '1001']);
    expect(await read('agent', search!.id, margareta, '1001')).toMatchObject({ kind: 'citizen', givenName: 'Margareta' });
    expect(await auditOf(searched)).toEqual([`search:${margareta}`]);
  });

  it('refuses a citizen the look-up did not show, a summary look-up, and a look-up that does not exist', async () => {
    const callId = newCall();
    const lookupId = await beginCaller(numbers.margareta, callId);
    await expect(read('agent', lookupId, astrid, '1001')).rejects.toThrow(/did not show this citizen/);
    const [summaryLookup] = await actors.query<{ id: string }>('agent', steps.beginSummary, [margareta, callId, 'summary', '1001']);
    await expect(read('agent', summaryLookup!.id, margareta, '1001')).rejects.toThrow(/no caller look-up or search/);
    await expect(read('agent', '00000000-0000-4000-8000-999999999999', margareta, '1001')).rejects.toThrow(/no caller look-up or search/);
    const nobody = newCall();
    const [search] = await actors.query<{ id: string }>('agent', beginSearch, ['Sjöberg', nobody, '1001']);
    await expect(read('agent', search!.id, astrid, '1001')).rejects.toThrow(/did not show this citizen/);
  });

  it("refuses another agent's look-up, and one whose audit is not committed", async () => {
    const callId = newCall();
    const lookupId = await beginCaller(numbers.margareta, callId);
    await expect(read('colleague', lookupId, margareta, '1002')).rejects.toThrow(/begun by this agent/);
    const uncommitted = newCall();
    await expect(
      actors.transaction('agent', async (tx) => {
        const [begun] = await tx.query<{ id: string }>(steps.beginCaller, [numbers.margareta, uncommitted, 'screen-pop', '1001']);
        return tx.query(readInLookup, [begun!.id, margareta, '1001']);
      }),
    ).rejects.toThrow(/is not committed/);
    expect(await auditOf(uncommitted)).toEqual([]);
  });

  it('shows only the marker for a protected identity, and for anyone on a line she shares', async () => {
    const own = newCall();
    expect(await read('agent', await beginCaller(numbers.astrid, own), astrid, '1001')).toEqual({ kind: 'protected' });
    const shared = newCall();
    const sharedLookup = await beginCaller(numbers.shared, shared);
    expect(await read('agent', sharedLookup, margareta, '1001')).toEqual({ kind: 'protected' });
    expect(await read('agent', sharedLookup, astrid, '1001')).toEqual({ kind: 'protected' });
    expect(await auditOf(shared)).toEqual([`screen-pop:${astrid}`, `screen-pop:${margareta}`].sort());
  });

  it('lets only agents read within a look-up, and nobody call the JSON builder directly', async () => {
    const lookupId = await beginCaller(numbers.margareta, newCall());
    for (const role of ['admin', 'importer'] as const) {
      await expect(read(role, lookupId, margareta, '1001')).rejects.toThrow(/permission denied for function careline_read_summary_in_lookup/);
    }
    await expect(actors.query('agent', 'select careline_summary_json($1)', [margareta])).rejects.toThrow(/permission denied for function careline_summary_json/);
  });

  it('reads through the core within the look-up, and in a summary look-up of its own once that has expired', async () => {
    const asAgent = actingAs(actors, 'agent');
    const options = { region: 'SE', urlTemplate: 'https://care.example/citizen/{externalId}' };
    const callId = newCall();
    const lookupId = await beginCaller(numbers.margareta, callId);
    const summary = await readCitizenSummary(asAgent, margareta, { agent: '1001', callId, lookupId }, options);
    expect(summary).toMatchObject({ kind: 'citizen', name: 'Margareta Lindqvist', careSystemUrl: 'https://care.example/citizen/T-1' });
    expect(await auditOf(callId)).toEqual([`screen-pop:${margareta}`]);
    await owner.query(`update lookups set begun_at = begun_at - interval '3 minutes' where id = $1`, [lookupId]);
    await expect(read('agent', lookupId, margareta, '1001')).rejects.toThrow(/has expired/);
    expect(await readCitizenSummary(asAgent, margareta, { agent: '1001', callId, lookupId }, options)).toEqual(summary);
    expect(await auditOf(callId)).toEqual([`screen-pop:${margareta}`, `summary:${margareta}`]);
  });
});
