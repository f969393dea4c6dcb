/**
 * A small knowledge base for the demo: the kinds of article the seeds list (service guide, fees,
 * FAQ, provider choice, care-manager directory, organisation chart) and one local deviation that
 * is valid today, so the banner has something to show, beside one that has ended. Each article names the
 * case types it helps with (the case form's suggestions). Content is generic and fictional.
 */
import { DAY_MS, isoDate, isoInstant, localInstant } from './calendar.js';
import type { ArticleKind, DemoKnowledgeArticle, DemoKnowledgeCaseType, DemoKnowledgeRevision, DemoProvider } from './organisation-rows.js';
import { stableId } from './stable-id.js';

type Text = readonly [title: string, body: string];

interface ArticleSource {
  key: string;
  kind: ArticleKind;
  municipality: 'Stockholm' | 'Aarhus' | null;
  /** Days before today the article was written; a second revision came later when there are two. */
  age: number;
  texts: Partial<Record<'sv' | 'da' | 'en', readonly Text[]>>;
  /** Case type codes (migration 3) the article helps with. */
  caseTypes?: readonly string[];
  /** A local deviation's first and last day, in days from today. */
  valid?: readonly [from: number, to: number];
}

const sources: readonly ArticleSource[] = [
  {
    key: 'home-care-application', kind: 'service_guide', municipality: 'Stockholm', age: 400, caseTypes: ['home_care'],
    texts: {
      sv: [
        ['Ansöka om hemtjänst', 'Den som behöver hjälp i hemmet ansöker hos biståndshandläggaren i sin stadsdel. Ansökan kan göras per telefon; handläggaren gör ett hembesök och fattar beslut om insatser.'],
        ['Ansöka om hemtjänst', 'Den som behöver hjälp i hemmet ansöker hos biståndshandläggaren i sin stadsdel. Ansökan kan göras per telefon eller via Mina sidor; handläggaren gör ett hembesök och fattar beslut om insatser. Beslutet kan överklagas.'],
      ],
      en: [['Applying for home care', 'Anyone who needs help at home applies to the care manager of their district, by phone or on My pages. The care manager visits and decides which services are granted.']],
    },
  },
  {
    key: 'fees', kind: 'fees', municipality: 'Stockholm', age: 300, caseTypes: ['invoice_question', 'home_care'],
    texts: {
      sv: [['Avgifter i äldreomsorgen', 'Avgiften beräknas på inkomsterna och är högst maxtaxan per månad. Ändrade inkomster ska anmälas till avgiftshandläggningen, som räknar om avgiften från nästa månad.']],
      en: [['Fees in elderly care', 'The fee depends on income and never exceeds the maximum fee per month. Changed income is reported to the fee unit, which recalculates the fee from the next month.']],
    },
  },
  {
    key: 'invoice-faq', kind: 'faq', municipality: 'Stockholm', age: 200, caseTypes: ['invoice_question'],
    texts: {
      sv: [
        ['Fakturafrågor', 'Fakturan skickas i mitten av månaden efter och förfaller i slutet av den. Ange alltid OCR-numret vid betalning.'],
        ['Fakturafrågor', 'Fakturan skickas i mitten av månaden efter och förfaller i slutet av den. Ange alltid OCR-numret vid betalning. Vid dödsfall skickas fakturan till dödsboet.'],
      ],
    },
  },
  {
    key: 'choosing-provider', kind: 'provider_catalogue', municipality: 'Stockholm', age: 500, caseTypes: ['home_care', 'housing'],
    texts: {
      sv: [['Välja utförare', 'Den enskilde väljer själv utförare av hemtjänst bland de godkända. Beskriv utförarna sakligt och lika; rekommendera aldrig en utförare framför en annan.']],
    },
  },
  {
    key: 'care-manager-directory', kind: 'care_manager_directory', municipality: 'Stockholm', age: 90, caseTypes: ['forwarded_to_department'],
    texts: { sv: [['Biståndshandläggare per stadsdel', 'Varje stadsdel har biståndshandläggare med ansvar efter efternamnets begynnelsebokstav, och en för särskilt boende. Brådskande ärenden går till stadsdelens jourmobil.']] },
  },
  {
    key: 'organisation', kind: 'organisation_chart', municipality: null, age: 600,
    texts: { en: [['Organisation', 'The contact centre answers on two levels: level 1 takes calls, level 2 backs up at peaks and handles casework. Team leads plan the rota.']] },
  },
  {
    key: 'hjemmehjaelp', kind: 'service_guide', municipality: 'Aarhus', age: 350, caseTypes: ['home_care'],
    texts: {
      da: [['Søg om hjemmehjælp', 'Borgeren søger om hjemmehjælp hos visitationen i sit område. Visitator aftaler et besøg og træffer afgørelse om hjælpen.']],
      en: [['Applying for home help', 'Citizens apply for home help to the assessment team of their area, which visits and decides.']],
    },
  },
  {
    key: 'betaling', kind: 'fees', municipality: 'Aarhus', age: 250, caseTypes: ['invoice_question'],
    texts: { da: [['Betaling for hjælp', 'Varig hjemmehjælp er gratis. Der betales for madservice og for ophold i plejebolig efter gældende takster.']] },
  },
  {
    key: 'home-care-visits', kind: 'faq', municipality: 'Stockholm', age: 120, caseTypes: ['home_care'],
    texts: {
      sv: [['Så fungerar hemtjänsten', 'Hemtjänsten kommer hem till den som har beviljats insatser av biståndshandläggaren.\n\nTiderna planeras med utföraren. Vid förhinder ringer den enskilde utföraren direkt.']],
    },
  },
  {
    key: 'two-invoices', kind: 'faq', municipality: 'Stockholm', age: 60, caseTypes: ['invoice_question'],
    texts: {
      sv: [['Två fakturor samma månad', 'Kommer två fakturor samma månad gäller den ena oftast en tidigare period, till exempel efter en omräkning av avgiften.\n\nBåda betalas, var och en med sitt eget OCR-nummer.']],
    },
  },
];

/** The deviation names the meal service and is valid from today to tomorrow. */
function localDeviation(today: number, meals: DemoProvider | undefined): ArticleSource {
  const name = meals?.name ?? 'Måltidsservice';
  return {
    key: `deviation-${isoDate(today)}`, kind: 'local_deviation', municipality: 'Stockholm', age: 0, valid: [0, 1], caseTypes: ['home_care'],
    texts: { sv: [['Sen matleverans idag', `${name} levererar lunchen cirka en timme sent idag på grund av ett fordonsfel. Middagen kommer som vanligt.`]] },
  };
}

/** A deviation that ended yesterday: history, never a banner. */
function endedDeviation(today: number): ArticleSource {
  return {
    key: `deviation-ended-${isoDate(today - 1)}`, kind: 'local_deviation', municipality: 'Stockholm', age: 3, valid: [-3, -1],
    texts: { sv: [['Hissen ur funktion', 'Hissen i entrén till dagverksamheten är ur funktion. Besökare med rullator tas emot vid lastintaget.']] },
  };
}

export function generateKnowledgeBase(
  today: number,
  providers: readonly DemoProvider[],
  authors: readonly string[],
): { articles: DemoKnowledgeArticle[]; revisions: DemoKnowledgeRevision[]; caseTypes: DemoKnowledgeCaseType[] } {
  const articles: DemoKnowledgeArticle[] = [];
  const revisions: DemoKnowledgeRevision[] = [];
  const caseTypes: DemoKnowledgeCaseType[] = [];
  const meals = providers.find((provider) => provider.kind === 'other' && provider.externalId.startsWith('PRV-STH'));
  const all = [...sources, localDeviation(today, meals), endedDeviation(today)];
  all.forEach((source, index) => {
    const id = stableId(`knowledge-article:${source.key}`);
    const written = localInstant(today - source.age, 9 * 3600 + index * 600);
    articles.push({
      id, kind: source.kind, municipality: source.municipality,
      validFrom: source.valid ? isoDate(today + source.valid[0]) : null, validTo: source.valid ? isoDate(today + source.valid[1]) : null,
      archived: false, createdAt: isoInstant(written),
    });
    for (const caseTypeCode of source.caseTypes ?? []) caseTypes.push({ articleId: id, caseTypeCode });
    let revision = 0;
    for (const [language, texts] of Object.entries(source.texts) as [DemoKnowledgeRevision['language'], readonly Text[]][]) {
      texts.forEach(([title, body], version) => {
        revision += 1;
        const at = written + version * Math.max(1, Math.floor(source.age / 2)) * DAY_MS;
        revisions.push({
          articleId: id, revision, language, title, body,
          author: authors[(index + revision) % authors.length] ?? 'admin',
          createdAt: isoInstant(at),
          approvedBy: authors[(index + revision + 1) % authors.length] ?? null,
          approvedAt: isoInstant(at + 3600_000),
        });
      });
    }
  });
  return { articles, revisions, caseTypes };
}
