// (d) Knowledge search over 10,000 generated articles, through the core's searchKnowledge as the
// desk calls it on each keystroke: on the desk's PGlite (on disk) and on PostgreSQL as an agent.
// Prints its own section with the setup; nothing is asserted.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Database, Queryable } from '../../main/data/database.js';
import { migrate } from '../../main/data/migrate.js';
import { migrations } from '../../main/data/migrations/index.js';
import { openPgliteDatabase } from '../../main/data/pglite-database.js';
import { openPostgresDatabase } from '../../main/data/postgres-database.js';
import { DEFAULT_LIMIT, searchKnowledge } from '../../main/knowledge/knowledge-search.js';
import type { PostgresCluster } from '../fixtures/postgres/cluster.js';
import { generateCorpus, generateQueries, type BenchQuery, type CorpusArticle, type CorpusRevision, type QueryKind } from './knowledge-corpus.js';
import { engineVersion } from './setup-info.js';
import { fixed, summarize, table, thousands, type Summary } from './stats.js';

const ARTICLES = 10_000;
const WARM_UP = 50;
const LIMIT = DEFAULT_LIMIT;
const TARGET_MS = 20;
const BATCH = 1000;

interface EngineRun {
  engine: string;
  version: string;
  summary: Summary;
  byKind: Map<QueryKind, Summary>;
  hits: number[];
}

export interface KnowledgeBenchOptions {
  cluster: PostgresCluster;
  quick: boolean;
  log: (line: string) => void;
}

export async function benchKnowledgeSearch({ cluster, quick, log }: KnowledgeBenchOptions): Promise<void> {
  const corpus = generateCorpus(ARTICLES);
  const queries = generateQueries(WARM_UP + (quick ? 300 : 2000));
  const closers: (() => Promise<void>)[] = [];
  try {
    log(`knowledge search: loading ${thousands(ARTICLES)} articles (${thousands(corpus.revisions.length)} revisions) into PostgreSQL and PGlite …`);
    const config = await cluster.createDatabase('bench_knowledge');
    const owner = await openPostgresDatabase(config);
    closers.push(() => owner.close());
    await migrate(owner, migrations);
    const pgLoadSeconds = await load(owner, corpus.articles, corpus.revisions);
    const login = await cluster.createLoginRole('bench_knowledge_agent', randomBytes(12).toString('base64url'));
    await owner.exec('grant careline_agent to bench_knowledge_agent');
    const agent = await openPostgresDatabase({ ...login, database: config.database }, { poolSize: 1 });
    closers.push(() => agent.close());

    const dir = await mkdtemp(path.join(tmpdir(), 'careline-bench-knowledge-'));
    closers.push(() => rm(dir, { recursive: true, force: true }));
    const desk = await openPgliteDatabase(dir);
    closers.push(() => desk.close());
    await migrate(desk, migrations);
    const pgliteLoadSeconds = await load(desk, corpus.articles, corpus.revisions);

    const runs = [await run('PGlite (desk, on disk)', desk, queries), await run('PostgreSQL (agent role)', agent, queries)];
    const setup = [
      `Articles: ${thousands(ARTICLES)} generated (seeded): ${await corpusFacts(owner)}`,
      `Loaded in ${fixed(pgliteLoadSeconds, 1)} s (PGlite), ${fixed(pgLoadSeconds, 1)} s (PostgreSQL), triggers and generated columns included, then VACUUM ANALYZE`,
      `Queries: ${thousands(queries.length - WARM_UP)} after ${WARM_UP} unmeasured, the same on both engines, limit ${LIMIT}: ${mixLine(queries.slice(WARM_UP))}`,
      ...runs.map((r) => `${r.engine}: ${r.version}; hits per query: mean ${fixed(summarize(r.hits).mean, 1)}, none for ${percent(r.hits.filter((n) => n === 0).length, r.hits.length)}`),
    ];
    print(log, setup, runs);
  } finally {
    for (const close of closers.reverse()) await close().catch(() => undefined);
  }
}

async function load(db: Database, articles: readonly CorpusArticle[], revisions: readonly CorpusRevision[]): Promise<number> {
  const started = performance.now();
  for (let from = 0; from < articles.length; from += BATCH) {
    const batch = articles.slice(from, from + BATCH);
    await db.query(
      `insert into knowledge_articles (id, kind, municipality, archived)
       select * from unnest($1::uuid[], $2::text[], $3::text[], $4::boolean[])`,
      [batch.map((a) => a.id), batch.map((a) => a.kind), batch.map((a) => a.municipality), batch.map((a) => a.archived)],
    );
  }
  for (let from = 0; from < revisions.length; from += BATCH) {
    const batch = revisions.slice(from, from + BATCH);
    await db.query(
      `insert into knowledge_article_revisions (article_id, revision, language, title, body, author, approved_by, approved_at)
       select a, r, l, t, b, 'bench.author', case when ok then 'bench.lead' end, case when ok then now() end
         from unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::boolean[]) as u (a, r, l, t, b, ok)`,
      [batch.map((v) => v.articleId), batch.map((v) => v.revision), batch.map((v) => v.language), batch.map((v) => v.title), batch.map((v) => v.body), batch.map((v) => v.approved)],
    );
  }
  // The steady state of a knowledge base, written now and then and read all day.
  for (const table of ['knowledge_articles', 'knowledge_article_revisions', 'knowledge_search_words', 'knowledge_search_variants']) {
    await db.exec(`vacuum analyze ${table}`);
  }
  return (performance.now() - started) / 1000;
}

async function run(engine: string, db: Database, queries: readonly BenchQuery[]): Promise<EngineRun> {
  const samples: number[] = [];
  const byKind = new Map<QueryKind, number[]>();
  const hits: number[] = [];
  for (const [index, { query, language, kind }] of queries.entries()) {
    const started = performance.now();
    const reply = await searchKnowledge(db, { query, language, limit: LIMIT });
    const elapsed = performance.now() - started;
    if (index < WARM_UP) continue;
    samples.push(elapsed);
    byKind.set(kind, [...(byKind.get(kind) ?? []), elapsed]);
    hits.push(reply.hits.length);
  }
  return {
    engine,
    version: await engineVersion(db),
    summary: summarize(samples),
    byKind: new Map([...byKind].map(([kind, values]) => [kind, summarize(values)])),
    hits,
  };
}

async function corpusFacts(db: Queryable): Promise<string> {
  const [row] = await db.query<{ revisions: number; current: number; archived: number; words: number; lexemes: number }>(`
    select (select count(*)::int from knowledge_article_revisions) as revisions,
           (select count(*)::int from (select distinct article_id, language from knowledge_article_revisions where approved_at is not null) c) as current,
           (select count(*)::int from knowledge_articles where archived) as archived,
           (select count(*)::int from knowledge_search_words) as words,
           (select avg(length(search_vector))::float8 from knowledge_article_revisions) as lexemes`);
  return `${thousands(row?.revisions ?? 0)} revisions (sv, da, some en; ${thousands(row?.current ?? 0)} current approved article-languages), ` +
    `${thousands(row?.archived ?? 0)} archived articles, ${fixed(row?.lexemes ?? 0, 0)} distinct lexemes per revision, ${thousands(row?.words ?? 0)} words in the vocabulary`;
}

function print(log: (line: string) => void, setup: readonly string[], runs: readonly EngineRun[]): void {
  log('');
  log(`== (d) Knowledge search over ${thousands(ARTICLES)} articles (searchKnowledge, in the core), ms`);
  for (const line of setup) log(line);
  const rows = runs.map(({ engine, summary }) => [engine, fixed(summary.p50), fixed(summary.p95), fixed(summary.p99), fixed(summary.mean), fixed(summary.max), `<= ${TARGET_MS}`, summary.p95 <= TARGET_MS ? 'met' : 'MISSED']);
  for (const line of table(['engine', 'p50', 'p95', 'p99', 'mean', 'max', 'p95 target', ''], rows)) log(line);
  log('p95 by kind of query, ms:');
  const kinds = [...(runs[0]?.byKind.keys() ?? [])];
  const kindRows = kinds.map((kind) => [kind, String(runs[0]?.byKind.get(kind)?.n ?? 0), ...runs.map((r) => fixed(r.byKind.get(kind)?.p95 ?? Number.NaN))]);
  for (const line of table(['kind', 'n', ...runs.map((r) => r.engine)], kindRows)) log(line);
}

const percent = (part: number, whole: number) => `${fixed((100 * part) / Math.max(1, whole), 0)} %`;

function mixLine(queries: readonly BenchQuery[]): string {
  const counts = new Map<QueryKind, number>();
  for (const { kind } of queries) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${percent(n, queries.length)} ${kind}`).join(', ');
}
