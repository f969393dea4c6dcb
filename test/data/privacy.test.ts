// The audited look-up is an agent's only way to a citizen: each rule proven with the roles
// themselves on both engines (see privacy-fixture.ts). Each test says what was tried; the owner
// only seeds and inspects.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../main/data/database.js';
import { engines, type DatabaseEngine } from '../fixtures/database/engines.js';
import {
  astrid, bromma, homeCare, id, lookUpCaller, margareta, margaretaRow, marker, noRelative, numbers, privacySetup, readSummary, type Actors, type Role,
} from './privacy-fixture.js';

afterAll(() => Promise.all(engines.map((engine) => engine.close())));

const privateRelations = [
  'citizens', 'citizen_identity_numbers', 'citizen_identity_masked', 'citizen_phone_numbers', 'phone_numbers',
  'relatives', 'relative_phone_numbers', 'decisions', 'fee_bases', 'invoices', 'lookup_audit', 'lookups', 'audit_log',
];

describe.each(engines)('$name', (engine: DatabaseEngine) => {
  let owner: Database;
  let actors: Actors;
  let calls = 0;
  const newCall = () => `privacy-${engine.name}-${++calls}`;
  const auditOf = (callId: string) =>
    owner.query('select agent, stated_agent, purpose, citizen_id from lookup_audit where call_id = $1 order by citizen_id', [callId]);

  beforeAll(async () => {
    ({ owner, actors } = await privacySetup(engine));
  });
  afterAll(() => actors.close());
  const lookUp = (e164: string, callId: string | null, purpose = 'screen-pop', stated: string | null = '1001') =>
    lookUpCaller(actors, 'agent', e164, callId, purpose, stated);

  it("refuses an agent's and a lead's direct read of the citizen mirror and of the audit logs", async () => {
    // Tried: `select *` from every table (and the masked-number view) holding a citizen's data or the audit.
    for (const role of ['agent', 'lead'] as const) {
      for (const relation of privateRelations) {
        await expect(actors.query(role, `select * from ${relation}`), `${role}: ${relation}`).rejects.toThrow(
          new RegExp(`permission denied for (table|view) ${relation}`),
        );
      }
    }
  });

  it('lets an agent read what routing a call and registering a case need, on-call numbers included', async () => {
    // Tried: the district's urgent on-call number, and one read of every table an agent works with.
    expect(await actors.query('agent', 'select oncall_number from districts')).toEqual([{ oncall_number: '+46846500410' }]);
    for (const table of ['care_managers', 'providers', 'oncall_shifts', 'case_types', 'case_classes', 'feedback_channels', 'handler_groups', 'knowledge_articles', 'knowledge_article_revisions', 'broadcasts', 'agents', 'teams', 'cases', 'case_events']) {
      await expect(actors.query('agent', `select count(*) from ${table}`), table).resolves.toHaveLength(1);
    }
  });

  it('returns the card through the look-up and writes exactly one audit row naming the agent, call and purpose', async () => {
    // Tried: the agent looks up Margareta's own mobile for a call, the desk stating SIP user 1001.
    const callId = newCall();
    expect(await lookUp(numbers.margareta, callId)).toEqual([
      { match: 'number', ...margaretaRow, ...noRelative },
    ]);
    expect(await auditOf(callId)).toEqual([
      { agent: actors.auditedName('agent', '1001'), stated_agent: '1001', purpose: 'screen-pop', citizen_id: margareta },
    ]);
  });

  it("finds the citizen a relative's number belongs to, with the relation, for the chooser", async () => {
    // Tried: the agent looks up the son's mobile, which belongs to no citizen.
    const callId = newCall();
    expect(await lookUp(numbers.son, callId)).toEqual([
      { match: 'relative', ...margaretaRow, relative_given_name: 'Erik', relative_family_name: 'Lindqvist', relation: 'child', next_of_kin: true },
    ]);
    expect(await auditOf(callId)).toHaveLength(1);
  });

  it("returns one citizen's summary by id with a masked identity number, current decisions only, and audits it", async () => {
    // Tried: the agent opens Margareta's summary for a call, purpose 'card', then the summary of an id nobody has.
    const callId = newCall();
    expect(await readSummary(actors, 'agent', margareta, callId, 'card', '1001')).toEqual({
      kind: 'citizen', citizenId: margareta, givenName: 'Margareta', familyName: 'Lindqvist',
      personalIdentityNumber: '19400312-****',
      address: { street: 'Exempelvägen 1', postalCode: '16800', city: 'Bromma' },
      district: { id: bromma, name: 'Bromma', municipality: 'Stockholm' },
      safety: {
        livesAlone: true, hearingImpairment: true, cognitiveImpairment: false, preferredLanguage: 'sv',
        nextOfKin: [{ name: 'Erik Lindqvist', relation: 'child', phones: [numbers.son] }],
      },
      careManager: { name: 'Karin Holm', phone: '+46846500411' },
      decisions: [{ type: 'home_care', scope: 'Hemtjänst 20,5 h/mån', hoursPerMonth: 20.5, validFrom: '2020-01-01', validTo: null, providerId: homeCare }],
      providers: [{ id: homeCare, name: 'Bromma hemtjänst', kind: 'home_care', phone: '+46846500412' }],
      feeBasis: { monthlyFee: 1234.5, currency: 'SEK', maxFeeApplies: false, incomeBasisDate: '2025-01-01' },
      invoices: [expect.objectContaining({ invoiceNumber: 'INV-recent', amount: 1234.5, paid: true }), expect.objectContaining({ invoiceNumber: 'INV-old-unpaid', paid: false, paidOn: null })],
      mirroredAt: '2025-01-02T03:04:05Z',
    });
    expect(await auditOf(callId)).toEqual([{ agent: actors.auditedName('agent', '1001'), stated_agent: '1001', purpose: 'card', citizen_id: margareta }]);
    const unknown = newCall();
    expect(await readSummary(actors, 'agent', id(99), unknown, 'card', '1001')).toBeNull();
    expect(await auditOf(unknown)).toEqual([]);
  });

  it('gives only the marker for a protected identity, by number, by a shared line and by id, and audits each', async () => {
    // Tried: the agent looks up Astrid's own mobile, the landline she shares with Margareta, and Astrid's summary.
    const own = newCall();
    expect(await lookUp(numbers.astrid, own)).toEqual([marker]);
    expect(await auditOf(own)).toEqual([expect.objectContaining({ citizen_id: astrid })]);
    const shared = newCall();
    expect(await lookUp(numbers.shared, shared)).toEqual([marker]);
    expect((await auditOf(shared)).map((row) => row['citizen_id'])).toEqual([margareta, astrid]);
    const byId = newCall();
    expect(await readSummary(actors, 'agent', astrid, byId, 'card', '1001')).toEqual({ kind: 'protected' });
    expect(await auditOf(byId)).toEqual([expect.objectContaining({ citizen_id: astrid, purpose: 'card' })]);
  });

  it('offers an agent no path around the audit', async () => {
    // Tried as the agent: write, change and delete audit rows and look-ups; call the internal helpers and migration 5's
    // one-step look-ups (dropped by migration 7); create a view in public; begin a look-up without a call id or a
    // purpose. Then the importer and the admin begin and read look-ups.
    const count = async () => (await owner.query<{ n: number }>('select count(*)::int as n from lookup_audit'))[0]!.n;
    const before = await count();
    const lookupId = '00000000-0000-4000-8000-000000000099';
    const refused: [Role, string, RegExp][] = [
      ['agent', `insert into lookup_audit (agent, call_id, purpose, citizen_id) values ('x', 'x', 'x', '${margareta}')`, /permission denied for table lookup_audit/],
      ['agent', `update lookup_audit set agent = 'x'`, /permission denied for table lookup_audit/],
      ['agent', 'delete from lookup_audit', /permission denied for table lookup_audit/],
      ['agent', `insert into lookups (kind, agent, call_id, purpose, begun_in) values ('caller', 'x', 'x', 'x', '1')`, /permission denied for table lookups/],
      ['agent', `update lookups set begun_at = now()`, /permission denied for table lookups/],
      ['agent', `select careline_audited_agent('x')`, /permission denied for function careline_audited_agent/],
      ['agent', `select careline_committed_lookup('${lookupId}', 'caller', 'x')`, /permission denied for function careline_committed_lookup/],
      ['agent', `select * from careline_lookup_caller('${numbers.margareta}', 'c', 'p', 'x')`, /function careline_lookup_caller\(.*\) does not exist/],
      ['agent', `select careline_citizen_summary('${margareta}', 'c', 'p', 'x')`, /function careline_citizen_summary\(.*\) does not exist/],
      ['agent', 'create view my_citizens as select 1 as one', /permission denied for schema public/],
      ['importer', `select careline_begin_caller_lookup('${numbers.margareta}', 'c', 'p', 'x')`, /permission denied for function careline_begin_caller_lookup/],
      ['importer', `select * from careline_read_caller_lookup('${lookupId}', 'x')`, /permission denied for function careline_read_caller_lookup/],
      ['admin', `select careline_begin_summary_lookup('${margareta}', 'c', 'p', 'x')`, /permission denied for function careline_begin_summary_lookup/],
      ['admin', `select careline_read_summary_lookup('${lookupId}', 'x')`, /permission denied for function careline_read_summary_lookup/],
    ];
    for (const [role, sql, error] of refused) await expect(actors.query(role, sql), sql).rejects.toThrow(error);
    const incomplete: [string | null, string][] = [['', 'screen-pop'], ['c', ''], [null, 'screen-pop']];
    for (const [callId, purpose] of incomplete) {
      await expect(lookUp(numbers.margareta, callId, purpose)).rejects.toThrow(/call id and the purpose/);
    }
    expect(await count()).toBe(before);
  });

  it('lets an admin read the audit logs and the look-ups, and nobody else', async () => {
    // Tried: read lookup_audit, lookups and audit_log as the admin, the lead and the importer; the admin also tries citizens.
    expect((await actors.query('admin', 'select agent from lookup_audit')).length).toBeGreaterThan(0);
    expect((await actors.query('admin', 'select agent from lookups')).length).toBeGreaterThan(0);
    expect(await actors.query('admin', 'select actor, action from audit_log')).toEqual([{ actor: 'seed', action: 'export' }]);
    await expect(actors.query('admin', 'select * from citizens')).rejects.toThrow(/permission denied for table citizens/);
    for (const role of ['lead', 'importer'] as const) {
      for (const table of ['lookup_audit', 'lookups', 'audit_log']) await expect(actors.query(role, `select * from ${table}`)).rejects.toThrow(/permission denied/);
    }
  });

  it("names the agent's login in the audit, whatever name the desk states (the embedded desk: the stated one)", async () => {
    // Tried: the agent states a colleague's name to the look-up. On a server only the login counts; the
    // embedded database has one user for everyone, so there the desk's statement is all there is.
    const colleague = actors.auditedName('colleague', 'bo.lund');
    const callId = newCall();
    await lookUp(numbers.margareta, callId, 'screen-pop', colleague);
    expect(await auditOf(callId)).toEqual([
      { agent: actors.auditedName('agent', colleague), stated_agent: colleague, purpose: 'screen-pop', citizen_id: margareta },
    ]);
    if (engine.name === 'postgres') expect(actors.auditedName('agent', colleague)).not.toBe(colleague);
  });

  it.runIf(engine.name === 'postgres')('does not let an agent become a colleague on the server', async () => {
    // Tried: SET ROLE and SET SESSION AUTHORIZATION to the colleague's login, then a look-up in that session.
    const colleague = actors.auditedName('colleague', '');
    const quoted = `"${colleague.replace(/"/g, '""')}"`;
    await expect(actors.query('agent', `set role ${quoted}`)).rejects.toThrow(/permission denied to set role/);
    await expect(actors.query('agent', `set session authorization ${quoted}`)).rejects.toThrow(/permission denied to set session authorization/);
    const callId = newCall();
    await lookUp(numbers.margareta, callId, 'screen-pop', null);
    expect(await auditOf(callId)).toEqual([expect.objectContaining({ agent: actors.auditedName('agent', ''), stated_agent: null })]);
  });
});
