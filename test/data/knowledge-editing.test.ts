// The knowledge base as agents and leads change it, on both engines: an agent's edit of a question
// and answer is a revision nobody finds in search until a lead approves it; the author sees it
// awaiting approval, a colleague does not; an agent can never approve: not through the function's
// grant, not by writing the table (PostgreSQL), and not as the embedded desk's owner session, where
// the agents table names the leads. Also what the desk reads besides search: deviations, suggestions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Queryable } from '../../main/data/database.js';
import { readArticle, readDeviations, readSuggestions } from '../../main/knowledge/knowledge-articles.js';
import { approveRevision, proposeRevision, readPending } from '../../main/knowledge/knowledge-editing.js';
import { searchKnowledge } from '../../main/knowledge/knowledge-search.js';
import { engines, type DatabaseEngine } from '../fixtures/database/engines.js';
import { id, privacySetup, type Actors, type Role } from './privacy-fixture.js';

afterAll(() => Promise.all(engines.map((engine) => engine.close())));

const article = { faq: id(201), deviationNow: id(202), deviationOver: id(203), deviationLater: id(204), guide: id(205) };
/** The SIP user each desk states; the embedded database knows leads from the agents table. */
const stated: Record<Role, string> = { agent: 'anna.agent', colleague: 'bo.agent', lead: 'lena.lead', admin: 'ali.admin', importer: 'import' };

async function seed(owner: Database): Promise<void> {
  await owner.exec(`
    insert into agents (sip_user, display_name, role) values
      ('anna.agent', 'Anna', 'agent'), ('bo.agent', 'Bo', 'agent'), ('lena.lead', 'Lena', 'lead');
    insert into knowledge_articles (id, kind, municipality, valid_from, valid_to) values
      ('${article.faq}', 'faq', 'Stockholm', null, null),
      ('${article.deviationNow}', 'local_deviation', 'Stockholm', current_date - 1, current_date + 1),
      ('${article.deviationOver}', 'local_deviation', 'Stockholm', current_date - 5, current_date - 2),
      ('${article.deviationLater}', 'local_deviation', 'Stockholm', current_date + 3, current_date + 4),
      ('${article.guide}', 'service_guide', 'Stockholm', null, null);
    insert into knowledge_article_revisions (article_id, revision, language, title, body, author, approved_by, approved_at) values
      ('${article.faq}', 1, 'sv', 'När kommer fakturan?', 'Fakturan skickas i mitten av månaden.', 'redaktionen', 'lena.lead', now()),
      ('${article.deviationNow}', 1, 'sv', 'Sen matleverans', 'Lunchen kommer en timme sent.', 'redaktionen', 'lena.lead', now()),
      ('${article.deviationOver}', 1, 'sv', 'Hissen ur funktion', 'Hissen på Lärkgläntan lagas.', 'redaktionen', 'lena.lead', now()),
      ('${article.deviationLater}', 1, 'sv', 'Planerat elavbrott', 'Strömmen bryts på förmiddagen.', 'redaktionen', 'lena.lead', now()),
      ('${article.guide}', 1, 'sv', 'Ansöka om trygghetslarm', 'Trygghetslarm söks hos biståndshandläggaren.', 'redaktionen', 'lena.lead', now()),
      ('${article.guide}', 2, 'en', 'Applying for a safety alarm', 'A safety alarm is applied for at the care manager.', 'redaktionen', 'lena.lead', now());
    insert into knowledge_article_case_types (article_id, case_type_code) values
      ('${article.guide}', 'safety_alarm'), ('${article.faq}', 'invoice_question'), ('${article.deviationOver}', 'safety_alarm');
  `);
}

describe.each(engines)('$name', (engine: DatabaseEngine) => {
  let owner: Database;
  let actors: Actors;
  const as = <T>(role: Role, work: (tx: Queryable, me: string) => Promise<T>) => actors.transaction(role, (tx) => work(tx, stated[role]));
  const found = async (query: string) => (await as('agent', (tx) => searchKnowledge(tx, { query, language: 'sv' }))).hits.map((hit) => hit.articleId);

  beforeAll(async () => {
    ({ owner, actors } = await privacySetup(engine));
    await seed(owner);
  });
  afterAll(() => actors.close());

  it("keeps an agent's new question and answer out of search until a lead approves it", async () => {
    const proposed = await as('agent', (tx, me) => proposeRevision(tx, { language: 'sv', title: 'Byta utförare av hemtjänst', body: 'Bytet gäller från nästa månad.' }, me));
    expect(proposed.revision).toBe(1);
    expect(await found('bytet')).toEqual([]);

    const mine = await as('agent', (tx, me) => readPending(tx, me));
    expect(mine).toMatchObject({ mayApprove: false, pending: [{ articleId: proposed.articleId, kind: 'faq', title: 'Byta utförare av hemtjänst', mine: true }] });
    expect((await as('colleague', (tx, me) => readPending(tx, me))).pending).toEqual([]);
    const forLead = await as('lead', (tx, me) => readPending(tx, me));
    expect(forLead.mayApprove).toBe(true);
    expect(forLead.pending).toMatchObject([{ articleId: proposed.articleId, mine: false, author: actors.auditedName('agent', stated.agent) }]);

    await as('lead', (tx, me) => approveRevision(tx, proposed.articleId, proposed.revision, me));
    expect(await found('bytet')).toEqual([proposed.articleId]);
    expect((await as('lead', (tx, me) => readPending(tx, me))).pending).toEqual([]);
    const shown = await as('agent', (tx, me) => readArticle(tx, proposed.articleId, me));
    expect(shown?.revisions).toMatchObject([{ revision: 1, approvedBy: actors.auditedName('lead', stated.lead), mine: true }]);
  });

  it('searches the approved text while an edit awaits approval; the author and leads see the edit, a colleague does not', async () => {
    const edit = await as('agent', (tx, me) =>
      proposeRevision(tx, { articleId: article.faq, language: 'sv', title: 'När kommer fakturan?', body: 'Fakturan skickas den femte varje månad.' }, me),
    );
    expect(edit).toEqual({ articleId: article.faq, revision: 2 });
    expect(await found('femte')).toEqual([]);
    expect(await found('mitten')).toEqual([article.faq]);

    const revisionsFor = async (role: Role) => (await as(role, (tx, me) => readArticle(tx, article.faq, me)))?.revisions.map((r) => [r.revision, r.approvedAt !== undefined, r.mine]);
    expect(await revisionsFor('agent')).toEqual([[1, true, false], [2, false, true]]);
    expect(await revisionsFor('colleague')).toEqual([[1, true, false]]);
    expect(await revisionsFor('lead')).toEqual([[1, true, false], [2, false, false]]);

    await as('lead', (tx, me) => approveRevision(tx, article.faq, 2, me));
    expect(await found('femte')).toEqual([article.faq]);
    expect(await found('mitten')).toEqual([]);
  });

  it('never lets an agent approve, not even their own edit, and refuses edits of anything but questions and answers', async () => {
    const edit = await as('agent', (tx, me) => proposeRevision(tx, { articleId: article.faq, language: 'sv', title: 'Fakturan', body: 'Utkast om autogiro.' }, me));
    await expect(as('agent', (tx, me) => approveRevision(tx, article.faq, edit.revision, me))).rejects.toMatchObject({ code: 'notAllowed' });
    await expect(as('colleague', (tx, me) => approveRevision(tx, article.faq, edit.revision, me))).rejects.toMatchObject({ code: 'notAllowed' });
    if (engine.name === 'postgres') {
      // The grants, too: the table is read-only to agents, whatever the desk sends.
      await expect(
        actors.query('agent', `update knowledge_article_revisions set approved_by = 'me', approved_at = now() where article_id = $1 and revision = $2`, [article.faq, edit.revision]),
      ).rejects.toMatchObject({ code: '42501' });
      await expect(
        actors.query('agent', `insert into knowledge_article_revisions (article_id, revision, language, title, body, author, approved_by, approved_at)
                               values ($1, 99, 'sv', 'Egen', 'Godkänd av mig själv', 'x', 'x', now())`, [article.faq]),
      ).rejects.toMatchObject({ code: '42501' });
    }
    expect(await found('autogiro')).toEqual([]);
    await expect(
      as('agent', (tx, me) => proposeRevision(tx, { articleId: article.guide, language: 'sv', title: 'Trygghetslarm', body: 'Ändrad guide.' }, me)),
    ).rejects.toMatchObject({ code: 'notEditable' });
    await expect(as('lead', (tx, me) => approveRevision(tx, article.faq, 1, me))).rejects.toMatchObject({ code: 'notEditable' });
  });

  it("on the embedded database (the desk's own session is the owner) knows a lead by the agents table, and refuses anyone else", async () => {
    const edit = await proposeRevision(owner, { articleId: article.faq, language: 'sv', title: 'Fakturan', body: 'Om e-faktura.' }, stated.agent);
    expect((await readPending(owner, stated.agent)).mayApprove).toBe(false);
    expect((await readPending(owner, stated.lead)).mayApprove).toBe(true);
    await expect(approveRevision(owner, article.faq, edit.revision, stated.agent)).rejects.toMatchObject({ code: 'notAllowed' });
    await expect(approveRevision(owner, article.faq, edit.revision, 'nobody.known')).rejects.toMatchObject({ code: 'notAllowed' });
    expect(await found('e-faktura')).toEqual([]);
    await approveRevision(owner, article.faq, edit.revision, stated.lead);
    const [row] = await owner.query<{ author: string; approved_by: string }>(
      'select author, approved_by from knowledge_article_revisions where article_id = $1 and revision = $2', [article.faq, edit.revision]);
    expect(row).toEqual({ author: stated.agent, approved_by: stated.lead });
    expect(await found('e-faktura')).toEqual([article.faq]);
  });

  it("shows a deviation valid today, not one that ended or has not begun, in the agent's language", async () => {
    const deviations = await as('agent', (tx) => readDeviations(tx, 'da'));
    expect(deviations).toMatchObject([{ articleId: article.deviationNow, kind: 'local_deviation', title: 'Sen matleverans', body: 'Lunchen kommer en timme sent.' }]);
    expect(deviations[0]?.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('suggests the articles mapped to a case type, in the agent language where there is one, never an ended deviation', async () => {
    expect(await as('agent', (tx) => readSuggestions(tx, 'safety_alarm', 'en'))).toEqual([
      { articleId: article.guide, revision: 2, language: 'en', kind: 'service_guide', title: 'Applying for a safety alarm' },
    ]);
    expect((await as('agent', (tx) => readSuggestions(tx, 'safety_alarm', 'sv'))).map((line) => line.title)).toEqual(['Ansöka om trygghetslarm']);
    expect(await as('agent', (tx) => readSuggestions(tx, 'handyman', 'sv'))).toEqual([]);
  });
});
