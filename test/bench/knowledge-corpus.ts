// The knowledge benchmark's articles and queries, generated from a fixed seed: Stockholm articles
// in Swedish, Aarhus ones in Danish, some translated into English, several revisions each (some not
// approved yet, a few articles archived), and the mix of queries agents type into the search box.
import { seededRandom, type Random } from '../../main/data/demo/prng.js';
import { stableId } from '../../main/data/demo/stable-id.js';

/** Word families (inflected forms) the articles are about, and the small words between them. */
const vocabulary = {
  sv: {
    terms: [
      'hemtjänst hemtjänsten hemtjänstens hemtjänstinsatser', 'faktura fakturan fakturor fakturorna fakturafrågor', 'avgift avgiften avgifter avgifterna maxtaxan',
      'trygghetslarm trygghetslarmet larmcentralen', 'färdtjänst färdtjänsten riksfärdtjänst', 'boende boendet äldreboende särskilt',
      'ansökan ansökningar ansöka ansöker', 'beslut beslutet besluten överklaga', 'utförare utföraren utförarna', 'biståndshandläggare biståndshandläggaren',
      'stadsdel stadsdelen stadsdelens', 'matleverans matlådor måltider lunchen', 'dagverksamhet dagverksamheten', 'anhörig anhöriga anhörigstöd',
      'inkomst inkomsten inkomsterna', 'betalning betala betalas OCR-numret', 'hembesök hembesöket', 'insats insatsen insatserna', 'kontaktperson kontaktpersonen',
      'jourmobil jourmobilen', 'god man förvaltare', 'ledsagning ledsagare', 'hemsjukvård hemsjukvården', 'korttidsboende växelvård', 'fixartjänst fixaren',
      'rollator hjälpmedel hjälpmedlen', 'läkemedel läkemedelslistan', 'avgiftsbeslut avgiftshandläggningen', 'klagomål synpunkter', 'nyckel nyckelfri nyckelhantering',
    ],
    small: 'och att som för med till den det en ett om på av är kan har ska inte när eller vid från hos efter per alla varje också'.split(' '),
    places: 'Bromma Farsta Kista Kungsholmen Liljeholmen Norrmalm Rinkeby Skarpnäck Skärholmen Vantör Älvsjö Östermalm Hägersten Enskede'.split(' '),
  },
  da: {
    terms: [
      'hjemmepleje hjemmeplejen hjemmeplejens', 'hjemmehjælp hjemmehjælpen', 'visitation visitationen visitator', 'madservice madordning',
      'plejebolig plejeboligen plejehjem', 'betaling betalingen takster', 'afgørelse afgørelsen klage', 'nødkald nødkaldet', 'genoptræning genoptræningen',
      'hjælpemidler hjælpemidlet', 'pårørende pårørendes', 'kørsel kørselsordning', 'aflastning aflastningen', 'sygepleje sygeplejersken', 'medicin medicinen',
      'besøg besøget besøgene', 'område området områderne', 'borger borgeren borgerne', 'rengøring rengøringen', 'personlig pleje',
    ],
    small: 'og at som for med til den det en et om på af er kan har skal ikke når eller ved fra hos efter alle hver også'.split(' '),
    places: 'Aarhus Viby Hasle Tilst Risskov Brabrand Lystrup'.split(' '),
  },
  en: {
    terms: [
      'home care', 'invoice invoices', 'fee fees maximum', 'safety alarm alarms', 'transport service', 'housing residence', 'application apply applies',
      'decision decisions appeal', 'provider providers', 'care manager managers', 'district districts', 'meals delivery', 'day activity', 'relatives relative',
    ],
    small: 'and to that for with the a of on is can has must not when or at from after every also'.split(' '),
    places: 'Stockholm Aarhus Bromma Farsta Viby Hasle'.split(' '),
  },
} as const;

export type Language = keyof typeof vocabulary;
const families = (language: Language) => vocabulary[language].terms.map((family) => family.split(' '));

/**
 * The long tail a real knowledge base has (names of providers, streets, services, plain prose):
 * made-up words from each language's syllables, so only a few articles share any one of them.
 */
const syllables: Record<Language, readonly string[]> = {
  sv: 'ka ra sto li mer ning en för tal bo la sk ny vä gå hö ber gen stad hus vik ö dal is berg son lund fors ma ri'.split(' '),
  da: 'ka ra ste li mer ning en for tal bo la sk ny væ gå hø ber gen by hus vig ø dal is bjerg sen lund fjord ma ri'.split(' '),
  en: 'ca ra sto li mer ing en for tal bo la st ny ve go ho ber gen ton house vick o dale is berg son lund ford ma ri'.split(' '),
};
const TAIL_WORDS = 12_000;
const tails = new Map<Language, string[]>();
function tail(language: Language): string[] {
  let words = tails.get(language);
  if (!words) {
    const random = seededRandom(language.charCodeAt(0) * 31 + language.charCodeAt(1));
    words = Array.from({ length: TAIL_WORDS }, () => Array.from({ length: 2 + random.below(3) }, () => random.pick(syllables[language])).join(''));
    tails.set(language, words);
  }
  return words;
}

/** Skewed towards the first items, as a few subjects (home care, invoices) fill most articles. */
function skewed<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(items.length * random.next() ** 2)]!;
}

/** An article is about one or two subjects: most of its terms come from those. */
type Topics = readonly (readonly string[])[];

function sentence(random: Random, language: Language, topics: Topics): string {
  const { small, places } = vocabulary[language];
  const words: string[] = [];
  const length = 6 + random.below(10);
  for (let index = 0; index < length; index++) {
    const roll = random.next();
    if (roll < 0.4) words.push(random.pick(small));
    else if (roll < 0.6) words.push(random.pick(random.chance(0.8) ? random.pick(topics) : skewed(random, families(language))));
    else if (roll < 0.95) words.push(tail(language)[Math.floor(TAIL_WORDS * random.next() ** 3)]!);
    else words.push(random.pick(places));
  }
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function text(random: Random, language: Language): [title: string, body: string] {
  const topics = Array.from({ length: 1 + random.below(2) }, () => skewed(random, families(language)));
  const subject = random.pick(topics[0]!);
  const title = `${subject.charAt(0).toUpperCase()}${subject.slice(1)} ${random.pick(vocabulary[language].small)} ${random.chance(0.5) ? random.pick(vocabulary[language].places) : tail(language)[random.below(TAIL_WORDS)]!}`;
  const body = Array.from({ length: 8 + random.below(12) }, () => sentence(random, language, topics)).join(' ');
  return [title, body];
}

export interface CorpusArticle {
  id: string;
  kind: string;
  municipality: string;
  archived: boolean;
}

export interface CorpusRevision {
  articleId: string;
  revision: number;
  language: Language;
  title: string;
  body: string;
  approved: boolean;
}

const kinds = ['service_guide', 'provider_catalogue', 'fees', 'faq', 'care_manager_directory', 'organisation_chart'];

export function generateCorpus(count: number): { articles: CorpusArticle[]; revisions: CorpusRevision[] } {
  const random = seededRandom(2_019);
  const articles: CorpusArticle[] = [];
  const revisions: CorpusRevision[] = [];
  for (let index = 0; index < count; index++) {
    const home: Language = random.chance(0.7) ? 'sv' : 'da';
    const id = stableId(`bench-knowledge:${index}`);
    articles.push({ id, kind: random.pick(kinds), municipality: home === 'sv' ? 'Stockholm' : 'Aarhus', archived: random.chance(0.03) });
    let revision = 0;
    for (const language of random.chance(0.2) ? [home, 'en' as const] : [home]) {
      // Edits come one after another; the newest may still wait for a lead's approval.
      const edits = 1 + random.below(3);
      for (let edit = 0; edit < edits; edit++) {
        const [title, body] = text(random, language);
        revisions.push({ articleId: id, revision: ++revision, language, title, body, approved: edit < edits - 1 || random.chance(0.85) });
      }
    }
  }
  return { articles, revisions };
}

export type QueryKind = 'word' | 'two words' | 'no diacritics' | 'typo' | 'prefix' | 'Danish' | 'no hit';

export interface BenchQuery {
  kind: QueryKind;
  query: string;
  language: 'sv' | 'da';
}

const fold = (word: string) => word.replace(/[åä]/g, 'a').replace(/[öø]/g, 'o').replace(/æ/g, 'ae');
function typo(random: Random, word: string): string {
  const at = 1 + random.below(Math.max(1, word.length - 3));
  return `${word.slice(0, at)}${word.charAt(at + 1)}${word.charAt(at)}${word.slice(at + 2)}`;
}

/** The share of each kind of query, as agents type them (the query box searches on each keystroke). */
const mix: [QueryKind, number][] = [['word', 0.3], ['two words', 0.15], ['no diacritics', 0.12], ['typo', 0.1], ['prefix', 0.15], ['Danish', 0.13], ['no hit', 0.05]];

export function generateQueries(count: number): BenchQuery[] {
  const random = seededRandom(2_008);
  const term = (language: Language) => random.pick(skewed(random, families(language)).filter((word) => word.length >= 4));
  return Array.from({ length: count }, () => {
    let roll = random.next();
    const kind = mix.find(([, share]) => (roll -= share) < 0)?.[0] ?? 'word';
    switch (kind) {
      case 'word': return { kind, query: term('sv'), language: 'sv' };
      case 'two words': return { kind, query: `${term('sv')} ${term('sv')}`, language: 'sv' };
      case 'no diacritics': return { kind, query: fold(random.pick(families('sv').flat().filter((word) => /[åäö]/.test(word)))), language: 'sv' };
      case 'typo': return { kind, query: typo(random, term('sv')), language: 'sv' };
      case 'prefix': { const word = term('sv'); return { kind, query: word.slice(0, 3 + random.below(Math.max(1, word.length - 3))), language: 'sv' }; }
      case 'Danish': return { kind, query: random.chance(0.7) ? term('da') : `${term('da')} ${term('da')}`, language: 'da' };
      case 'no hit': return { kind, query: `zq${random.pick(['xv', 'kw', 'jx'])}${random.below(1000)}`, language: 'sv' };
    }
  });
}
