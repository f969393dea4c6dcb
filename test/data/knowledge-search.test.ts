// Knowledge search on both engines, run as an agent (the role a desk on a team server logs in
// with): word forms, missing diacritics and typos find the article; archived articles, revisions
// not yet approved and replaced ones are never found; the snippet marks what matched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeHit, KnowledgeSearch } from '../../shared/contract/knowledge.js';
import type { Database } from '../../main/data/database.js';
import { searchKnowledge } from '../../main/knowledge/knowledge-search.js';
import { engines, type DatabaseEngine } from '../fixtures/database/engines.js';
import { id, privacySetup, type Actors } from './privacy-fixture.js';

afterAll(() => Promise.all(engines.map((engine) => engine.close())));

const article = {
  homeCare: id(101),
  invoices: id(102),
  fees: id(103),
  aarhusCare: id(104),
  alarm: id(105),
  transport: id(106),
  meals: id(107),
  oldDeviation: id(108),
};

type Revision = [article: string, revision: number, language: 'sv' | 'da' | 'en', title: string, body: string, approved: boolean];

// Fictional texts in the manner of the demo's articles; each test names the words it relies on.
const revisions: Revision[] = [
  [article.homeCare, 1, 'sv', 'Så fungerar hemtjänsten', 'Hemtjänsten kommer hem till den som har beviljats insatser av biståndshandläggaren. Tiderna planeras med utföraren.', true],
  [article.homeCare, 2, 'en', 'How home care works', 'Home care visits those whose care manager granted services. The provider plans the visits.', true],
  [article.invoices, 1, 'sv', 'Frågor om betalning', 'Fakturor skickas i mitten av månaden efter och förfaller i slutet av den. Ange alltid OCR-numret när du betalar.', true],
  [article.fees, 1, 'sv', 'Avgifter i äldreomsorgen', 'Avgiften beräknas på inkomsterna och är högst maxtaxan per månad.', true],
  [article.aarhusCare, 1, 'da', 'Hjemmeplejen i dit område', 'Hjemmeplejen kommer på de aftalte tider. Visitator træffer afgørelse om hjælpen.', true],
  [article.alarm, 1, 'sv', 'Trygghetslarm', 'Trygghetslarmet installeras av larmcentralen inom en vecka.', true],
  [article.transport, 1, 'sv', 'Färdtjänst', 'Färdtjänst beviljas den som har svårt att resa med allmänna kommunikationer. Beställ resan per fax.', true],
  [article.transport, 2, 'sv', 'Färdtjänst', 'Färdtjänst beviljas den som har svårt att resa med allmänna kommunikationer. Beställ resan per telefon.', true],
  [article.transport, 3, 'sv', 'Färdtjänst och riksfärdtjänst', 'Utkast: riksfärdtjänst för resor i hela landet.', false],
  [article.meals, 1, 'da', 'Madservice', 'Madservice leveres til døren. Hjemmepleje og madservice betales efter gældende takster.', true],
  [article.oldDeviation, 1, 'sv', 'Sen matleverans', 'Matleveransen kommer en timme sent på grund av ett fordonsfel.', true],
];

async function seed(owner: Database): Promise<void> {
  await owner.exec(`
    insert into knowledge_articles (id, kind, municipality, archived, valid_from, valid_to) values
      ('${article.homeCare}', 'service_guide', 'Stockholm', false, null, null),
      ('${article.invoices}', 'faq', 'Stockholm', false, null, null),
      ('${article.fees}', 'fees', 'Stockholm', false, null, null),
      ('${article.aarhusCare}', 'service_guide', 'Aarhus', false, null, null),
      ('${article.alarm}', 'service_guide', 'Stockholm', true, null, null),
      ('${article.transport}', 'service_guide', 'Stockholm', false, null, null),
      ('${article.meals}', 'fees', 'Aarhus', false, null, null),
      ('${article.oldDeviation}', 'local_deviation', 'Stockholm', false, current_date - 3, current_date - 2)`);
  for (const [articleId, revision, language, title, body, approved] of revisions) {
    await owner.query(
      `insert into knowledge_article_revisions (article_id, revision, language, title, body, author, approved_by, approved_at)
       values ($1, $2, $3, $4, $5, 'lead.one', $6, $7)`,
      [articleId, revision, language, title, body, approved ? 'lead.two' : null, approved ? new Date() : null],
    );
  }
}

const plain = (segments: KnowledgeHit['snippet']) => segments.map((segment) => segment.text).join('');
const matched = (hit: KnowledgeHit | undefined) => [...(hit?.title ?? []), ...(hit?.snippet ?? [])].filter((s) => s.match).map((s) => s.text);

describe.each(engines)('$name', (engine: DatabaseEngine) => {
  let owner: Database;
  let actors: Actors;
  const search = async (query: string, language: KnowledgeSearch['language'] = 'sv') =>
    (await actors.transaction('agent', (tx) => searchKnowledge(tx, { query, language }))).hits;

  beforeAll(async () => {
    ({ owner, actors } = await privacySetup(engine));
    await seed(owner);
  });
  afterAll(() => actors.close());

  it('finds "hemtjänsten" for "hemtjanst" and "fakturor" for "faktura", and marks those words', async () => {
    const [homeCare] = await search('hemtjanst');
    expect(homeCare?.articleId).toBe(article.homeCare);
    expect(homeCare?.language).toBe('sv');
    expect(matched(homeCare)).toEqual(['hemtjänsten', 'Hemtjänsten']);

    const invoices = await search('faktura');
    expect(invoices.map((hit) => hit.articleId)).toEqual([article.invoices]);
    expect(matched(invoices[0])).toEqual(['Fakturor']);
    expect(plain(invoices[0]!.snippet)).toContain('Fakturor skickas i mitten av månaden');
  });

  it('forgives a typo and finds Danish word forms both ways', async () => {
    expect((await search('avgitfer')).map((hit) => hit.articleId)).toEqual([article.fees]);
    const hjemmeplejen = await search('hjemmeplejen', 'da');
    expect(hjemmeplejen.map((hit) => hit.articleId)).toEqual(expect.arrayContaining([article.aarhusCare, article.meals]));
    expect(matched(hjemmeplejen.find((hit) => hit.articleId === article.meals))).toEqual(['Hjemmepleje']);
    expect((await search('hjemmepleje', 'da')).map((hit) => hit.articleId)).toEqual(expect.arrayContaining([article.aarhusCare, article.meals]));
  });

  it('finds nothing of archived articles, revisions not approved yet, replaced revisions or an ended deviation', async () => {
    expect(await search('trygghetslarm')).toEqual([]);
    expect(await search('riksfärdtjänst')).toEqual([]);
    expect(await search('fax')).toEqual([]);
    expect(await search('matleverans')).toEqual([]);
    const [transport] = await search('färdtjänst');
    expect(transport).toMatchObject({ articleId: article.transport, revision: 2, title: [{ text: 'Färdtjänst', match: true }] });
    expect(plain(transport!.snippet)).toContain('per telefon');
  });

  it("shows an article once, in the agent's language where it matches, and the agent's language first", async () => {
    const english = await search('home care', 'en');
    expect(english[0]).toMatchObject({ articleId: article.homeCare, language: 'en' });
    expect(english.filter((hit) => hit.articleId === article.homeCare)).toHaveLength(1);
    const mixed = await search('madservice hemtjänsten', 'sv');
    expect(mixed).toEqual([]);
    const either = await search('beviljats', 'da');
    expect(either.map((hit) => [hit.articleId, hit.language])).toEqual([[article.homeCare, 'sv']]);
  });

  it('needs every word that means something, ignores stop words, and reads no query syntax', async () => {
    expect((await search('hur betalar man fakturor')).map((hit) => hit.articleId)).toEqual([article.invoices]);
    expect(await search('fakturor trygghetslarm')).toEqual([]);
    expect(await search("fakt' & !|")).toEqual((await search('fakt')));
    expect((await search('fakt')).map((hit) => hit.articleId)).toEqual([article.invoices]);
    expect(await search('och')).toEqual([]);
  });

  it('shows a revision as soon as a lead approves it, learns its words, and hides an article once archived', async () => {
    const article = id(120);
    await owner.exec(`insert into knowledge_articles (id, kind, municipality) values ('${article}', 'faq', 'Stockholm')`);
    await owner.query(
      `insert into knowledge_article_revisions (article_id, revision, language, title, body, author, approved_by, approved_at)
       values ($1, 1, 'sv', 'Nycklar', 'Hemtjänsten hämtar nyckeln hos kontaktcentret.', 'lead.one', 'lead.two', now()),
              ($1, 2, 'sv', 'Nycklar och nyckelfria lås', 'Hemtjänsten öppnar med ett nyckelfritt lås i stället för nyckeln.', 'lead.one', null, null)`,
      [article],
    );
    expect((await search('nyckelfritt')).map((hit) => hit.articleId)).toEqual([]);
    await owner.query(`update knowledge_article_revisions set approved_by = 'lead.two', approved_at = now() where article_id = $1 and revision = 2`, [article]);
    // A typo of a word only the approved revision has: the vocabulary learnt it from the insert.
    expect((await search('nyckelfirtt')).map((hit) => [hit.articleId, hit.revision])).toEqual([[article, 2]]);
    await owner.query('update knowledge_articles set archived = true where id = $1', [article]);
    expect(await search('nyckelfritt')).toEqual([]);
    expect((await search('nycklar')).map((hit) => hit.articleId)).not.toContain(article);
  });

  it('searches the same as the desk\'s own database owner', async () => {
    expect(await searchKnowledge(owner, { query: 'hemtjanst', language: 'sv' })).toEqual({ hits: await search('hemtjanst') });
  });
});
