// The audited citizen search (migration 10) on both engines, run as an agent: an identity number
// with or without hyphen (12 or 10 digits), a name or an address finds the citizen; a protected
// identity is never found; every search leaves one audit row naming its kind, never its terms.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Queryable } from '../../main/data/database.js';
import { searchCitizens } from '../../main/citizens/citizen-search.js';
import { readCitizenSummary } from '../../main/citizens/summary-read.js';
import { engines, type DatabaseEngine } from '../fixtures/database/engines.js';
import { actingAs, astrid, margareta, openCase, privacySetup, type Actors } from './privacy-fixture.js';

afterAll(() => Promise.all(engines.map((engine) => engine.close())));

const margaretaHit = { citizenId: margareta, name: 'Margareta Lindqvist', district: 'Bromma', personalIdentityNumber: '19400312-****' };

describe.each(engines)('$name', (engine: DatabaseEngine) => {
  let owner: Database;
  let actors: Actors;
  let calls = 0;
  const newCall = () => `search-${engine.name}-${++calls}`;
  /** As the desk sends them: each step a statement of its own, as the agent. */
  const asAgent = () => actingAs(actors, 'agent');
  const search = async (query: string, callId: string) => (await searchCitizens(asAgent(), query, { agent: '1001', callId })).hits;
  const searchAudit = (callId: string) =>
    owner.query('select agent, stated_agent, search_kind, found from citizen_search_audit where call_id = $1 order by id', [callId]);
  const lookupAudit = (callId: string) => owner.query('select citizen_id, purpose from lookup_audit where call_id = $1', [callId]);

  beforeAll(async () => {
    ({ owner, actors } = await privacySetup(engine));
  });
  afterAll(() => actors.close());

  it.each(['194003121234', '19400312-1234', '400312-1234', '4003121234', ' 19400312 1234 '])(
    'finds the citizen by the identity number %j, with one audit row for the search and one for her',
    async (query) => {
      const callId = newCall();
      expect(await search(query, callId)).toEqual([margaretaHit]);
      expect(await searchAudit(callId)).toEqual([{ agent: actors.auditedName('agent', '1001'), stated_agent: '1001', search_kind: 'identity_number', found: 1 }]);
      expect(await lookupAudit(callId)).toEqual([{ citizen_id: margareta, purpose: 'search' }]);
    },
  );

  it.each(['lindqvist', 'Margareta Lind', 'LINDQ marg', 'Exempelvägen 1', 'Exempelv, Bromma'])('finds the citizen by name or address: %j', async (query) => {
    const callId = newCall();
    expect(await search(query, callId)).toEqual([margaretaHit]);
    expect(await searchAudit(callId)).toEqual([expect.objectContaining({ search_kind: 'name_or_address', found: 1 })]);
  });

  it('matches words from their start only, and reads wildcards as text', async () => {
    for (const query of ['qvist', 'argareta', '%%', '__', 'Lindqvist Johansson']) {
      const callId = newCall();
      expect(await search(query, callId), query).toEqual([]);
      expect(await searchAudit(callId), query).toEqual([expect.objectContaining({ found: 0 })]);
      expect(await lookupAudit(callId), query).toEqual([]);
    }
  });

  it('never finds a protected identity: not by identity number, name or address, and audits no citizen', async () => {
    for (const query of ['193801011234', '19380101-1234', '3801011234', 'Astrid', 'Sjöberg', 'Hemlig']) {
      const callId = newCall();
      expect(await search(query, callId), query).toEqual([]);
      expect(await searchAudit(callId), query).toEqual([expect.objectContaining({ found: 0 })]);
      expect(await lookupAudit(callId), query).toEqual([]);
    }
    const everything = await owner.query<{ citizen_id: string }>('select citizen_id from lookup_audit where purpose = $1', ['search']);
    expect(everything.map((row) => row.citizen_id)).not.toContain(astrid);
  });

  it('keeps the searched terms out of the audit', async () => {
    const callId = newCall();
    await search('19400312-1234', callId);
    await search('Lindqvist', callId);
    const rows = await owner.query('select * from citizen_search_audit where call_id = $1', [callId]);
    expect(rows).toHaveLength(2);
    expect(JSON.stringify(rows)).not.toMatch(/1234|Lindqvist/);
  });

  it('refuses a search without a call, or too short to be a search', async () => {
    await expect(search('Lindqvist', '')).rejects.toThrow(/call id/);
    await expect(search('L', newCall())).rejects.toThrow(/2 to 200 characters/);
  });

  it('shows a search only once its audit has committed, and only to the agent who began it', async () => {
    const callId = newCall();
    await expect(
      actors.transaction('agent', async (tx) => {
        const [begun] = await tx.query<{ id: string }>(`select careline_begin_citizen_search('Lindqvist', $1, 'search', '1001') as id`, [callId]);
        return tx.query('select * from careline_read_citizen_search($1, $2)', [begun!.id, '1001']);
      }),
    ).rejects.toThrow(/is not committed/);
    expect(await searchAudit(callId)).toEqual([]);
    const [begun] = await actors.query<{ id: string }>('agent', `select careline_begin_citizen_search('Lindqvist', $1, 'search', '1001') as id`, [callId]);
    await expect(actors.query('colleague', 'select * from careline_read_citizen_search($1, $2)', [begun!.id, '1002'])).rejects.toThrow(/begun by this agent/);
  });
  it('reads a summary with the last cases and the care-system link, the link only for a citizen looked up for that call', async () => {
    const callId = newCall();
    await owner.query('update cases set citizen_id = $1 where id = $2', [margareta, openCase]);
    await expect(actors.query('agent', 'select careline_citizen_external_id($1, $2, $3)', [callId, margareta, '1001'])).rejects.toThrow(/no look-up of this citizen/);
    const summary = await readCitizenSummary(asAgent(), margareta, { agent: '1001', callId }, { region: 'SE', urlTemplate: 'https://care.example/citizen/{externalId}' });
    if (summary.kind !== 'citizen') throw new Error(`expected a summary, got ${summary.kind}`);
    expect(summary.careSystemUrl).toBe('https://care.example/citizen/T-1');
    expect(summary.lastContacts).toEqual([expect.objectContaining({ caseTypeCode: 'invoice_question', status: 'open', caseNumber: expect.any(Number) })]);
    expect(summary.careManager).toEqual({ name: 'Karin Holm', phone: { e164: '+46846500411', display: '08-465 004 11' } });
    expect(summary.invoices.map((invoice) => [invoice.ocrReference, invoice.amount, invoice.paid])).toEqual([
      ['1003', 1234.5, true],
      ['1001', 300, false],
    ]);
    expect(await readCitizenSummary(asAgent(), astrid, { agent: '1001', callId }, { region: 'SE', urlTemplate: 'https://care.example/{externalId}' })).toEqual({ kind: 'protected' });
  });
});
