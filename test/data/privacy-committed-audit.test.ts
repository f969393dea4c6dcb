// No look-up without a committed audit (migration 7): an agent with their own SQL client tries to
// read a citizen in a transaction that also writes the audit and is then rolled back, in every
// shape a client can send it. Both engines, as the roles themselves (see privacy-fixture.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../main/data/database.js';
import { engines, type DatabaseEngine } from '../fixtures/database/engines.js';
import { astrid, margareta, margaretaRow, marker, noRelative, numbers, privacySetup, steps, type Actors } from './privacy-fixture.js';

afterAll(() => Promise.all(engines.map((engine) => engine.close())));

const notCommitted = /look-up [0-9a-f-]+ is not committed/;
const margaretaByNumber = [{ match: 'number', ...margaretaRow, ...noRelative }];

describe.each(engines)('$name', (engine: DatabaseEngine) => {
  let owner: Database;
  let actors: Actors;
  let calls = 0;
  const newCall = () => `committed-${engine.name}-${++calls}`;
  const auditOf = (callId: string) => owner.query('select citizen_id from lookup_audit where call_id = $1', [callId]);
  const begin = async (e164: string, callId: string) =>
    (await actors.query<{ id: string }>('agent', steps.beginCaller, [e164, callId, 'screen-pop', '1001']))[0]!.id;

  beforeAll(async () => {
    ({ owner, actors } = await privacySetup(engine));
  });
  afterAll(() => actors.close());

  it('shows nothing when a look-up is begun and read in one transaction, whose rollback then leaves no audit', async () => {
    // Tried as the agent: BEGIN; begin the look-up; read it; ROLLBACK. Once plainly, once with the begin in a
    // released savepoint, once for a summary; then the rolled-back look-up's id read later.
    let lookupId = '';
    const plain = newCall();
    await expect(
      actors.transaction('agent', async (tx) => {
        const [begun] = await tx.query<{ id: string }>(steps.beginCaller, [numbers.margareta, plain, 'screen-pop', '1001']);
        lookupId = begun!.id;
        return tx.query(steps.readCaller, [lookupId, '1001']);
      }),
    ).rejects.toThrow(notCommitted);
    const savepoint = newCall();
    await expect(
      actors.transaction('agent', async (tx) => {
        await tx.exec('savepoint before_lookup');
        const [begun] = await tx.query<{ id: string }>(steps.beginCaller, [numbers.margareta, savepoint, 'screen-pop', '1001']);
        await tx.exec('release savepoint before_lookup');
        return tx.query(steps.readCaller, [begun!.id, '1001']);
      }),
    ).rejects.toThrow(notCommitted);
    const summary = newCall();
    await expect(
      actors.transaction('agent', async (tx) => {
        const [begun] = await tx.query<{ id: string }>(steps.beginSummary, [margareta, summary, 'card', '1001']);
        return tx.query(steps.readSummary, [begun!.id, '1001']);
      }),
    ).rejects.toThrow(notCommitted);
    for (const callId of [plain, savepoint, summary]) expect(await auditOf(callId), callId).toEqual([]);
    await expect(actors.query('agent', steps.readCaller, [lookupId, '1001'])).rejects.toThrow(/no caller look-up .* begun by this agent/);
  });

  it('refuses both steps sent as one simple-protocol message or nested in one statement, each one transaction', async () => {
    // Tried as the agent: "select set_config(…, begin(…)); select * from read(…)" as one message, the nested
    // read(begin(…)), and, to show what the refusal hinges on, the same message with a COMMIT between the steps.
    const beginInto = (callId: string) =>
      `select set_config('careline_test.lookup', careline_begin_caller_lookup('${numbers.margareta}', '${callId}', 'screen-pop', '1001')::text, false)`;
    const read = `select * from careline_read_caller_lookup(current_setting('careline_test.lookup')::uuid, '1001')`;
    const oneMessage = newCall();
    await expect(actors.simpleQuery('agent', `${beginInto(oneMessage)}; ${read}`)).rejects.toThrow(notCommitted);
    const nested = newCall();
    const nestedSql = `select * from careline_read_caller_lookup(careline_begin_caller_lookup($1, $2, 'screen-pop', '1001'), '1001')`;
    await expect(actors.query('agent', nestedSql, [numbers.margareta, nested])).rejects.toThrow(notCommitted);
    expect(await auditOf(oneMessage)).toEqual([]);
    expect(await auditOf(nested)).toEqual([]);

    const committed = newCall();
    const rows = await actors.simpleQuery('agent', `${beginInto(committed)}; commit; ${read}`);
    // The embedded engine's exec returns no rows: there, a message that ran without an error is the proof.
    if (engine.name === 'postgres') expect(rows).toEqual(margaretaByNumber);
    expect(await auditOf(committed)).toEqual([{ citizen_id: margareta }]);
  });

  it('reads a look-up begun in a transaction of its own, even from a transaction rolled back afterwards', async () => {
    // Tried as the agent: begin the look-up on its own, then BEGIN; read; ROLLBACK.
    const callId = newCall();
    const lookupId = await begin(numbers.margareta, callId);
    let shown: unknown;
    const read = actors.transaction('agent', async (tx) => {
      shown = await tx.query(steps.readCaller, [lookupId, '1001']);
      throw new Error('rolled back on purpose');
    });
    await expect(read).rejects.toThrow('rolled back on purpose');
    expect(shown).toEqual(margaretaByNumber);
    expect(await auditOf(callId)).toEqual([{ citizen_id: margareta }]);
  });

  it('lets only the agent who began a look-up read it, only as what it was begun for, and only for 2 minutes', async () => {
    // Tried: the agent reads its look-up; a colleague reads it (on the embedded desk: states another SIP user); the agent
    // reads it as a summary; the owner backdates it by 3 minutes and the agent reads it again.
    const lookupId = await begin(numbers.margareta, newCall());
    expect(await actors.query('agent', steps.readCaller, [lookupId, '1001'])).toEqual(margaretaByNumber);
    await expect(actors.query('colleague', steps.readCaller, [lookupId, 'bo.lund'])).rejects.toThrow(/no caller look-up .* begun by this agent/);
    await expect(actors.query('agent', steps.readSummary, [lookupId, '1001'])).rejects.toThrow(/no summary look-up .* begun by this agent/);
    await owner.query(`update lookups set begun_at = begun_at - interval '3 minutes' where id = $1`, [lookupId]);
    await expect(actors.query('agent', steps.readCaller, [lookupId, '1001'])).rejects.toThrow(/has expired/);
  });

  it('shows at the read only whom the look-up audited, and hides anyone protected since', async () => {
    // Tried: between the agent's two steps the importer (here the owner) adds protected Astrid to Margareta's mobile,
    // which the read ignores; then, for a second look-up, gives Margareta a protected identity.
    const before = await begin(numbers.margareta, newCall());
    await owner.query('insert into citizen_phone_numbers values ($1, $2)', [numbers.margareta, astrid]);
    try {
      expect(await actors.query('agent', steps.readCaller, [before, '1001'])).toEqual(margaretaByNumber);
    } finally {
      await owner.query('delete from citizen_phone_numbers where e164 = $1 and citizen_id = $2', [numbers.margareta, astrid]);
    }
    const protectedSince = await begin(numbers.margareta, newCall());
    await owner.query('update citizens set protected_identity = true where id = $1', [margareta]);
    try {
      expect(await actors.query('agent', steps.readCaller, [protectedSince, '1001'])).toEqual([marker]);
    } finally {
      await owner.query('update citizens set protected_identity = false where id = $1', [margareta]);
    }
  });
});
