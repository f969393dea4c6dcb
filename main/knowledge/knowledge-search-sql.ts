/**
 * careline_knowledge_search(words, language, limit), created by migration 9: a function, so each
 * session plans its statements once (plpgsql caches them) instead of on every keystroke. A change
 * here after release belongs in a new migration that replaces the function.
 *
 * Each typed word stands for the lexemes the articles hold of it in each language: its own stem,
 * article words that are it without diacritics or start with it (Swedish and Danish compounds:
 * "faktura" finds "fakturafrågor"), and, for a word no article has, the articles' words most like
 * it (a typo). A hit holds every word that is not a stop word.
 *
 * Hits come in tiers, each ranked and cut at the limit: matches in the title, then in the lead
 * (title and the body's opening), then anywhere, first in the agent's language, then in the others,
 * one hit per article. Ranking is what costs: a word in half the articles would rank thousands of
 * whole texts per keystroke, where the title tier ranks a few hundred short vectors and fills the page.
 */
import { EDGE_LENGTH, FRAGMENT_DELIMITER, MATCH_END, MATCH_START } from './marked-segments.js';

/** How many article words one typed word may stand for: starts of words, and typos. */
const PREFIX_WORDS = 20;
const SIMILAR_WORDS = 8;
/** Shorter starts match too much to mean anything; short words are more often meant than mistyped. */
const MIN_PREFIX = 3;
const MIN_TYPO = 4;

/**
 * How much of the body a snippet is cut from: ts_headline parses all it is given (about 0.7 ms a
 * kilobyte on PGlite). A hit of the title or lead tiers matched in the title or the opening, so the
 * opening will do; a hit deeper in the text gets the first few kilobytes.
 */
const OPENING_SNIPPET_SOURCE = 400;
const DEEP_SNIPPET_SOURCE = 4000;

const start = `chr(${MATCH_START.charCodeAt(0)})`;
const end = `chr(${MATCH_END.charCodeAt(0)})`;
const marks = `'StartSel=' || ${start} || ', StopSel=' || ${end}`;

/** The tsquery of each language from the typed words; lexemes quoted, so no word is query syntax. */
const queriesPerLanguage = `
  with query_words as (
    select n, word, careline_knowledge_fold(word) as folded from unnest(p_words) with ordinality as q (word, n)
  ),
  languages as (
    select l.language, careline_knowledge_config(l.language) as config from unnest(array['sv', 'da', 'en']) as l (language)
  ),
  -- Stop words mean nothing: as typed, or as the article word they fold to ("nar" for "när").
  meant as (
    select l.language, l.config, q.n, q.word, q.folded
      from languages l cross join query_words q
     where tsvector_to_array(to_tsvector(l.config, q.word)) <> '{}'
       and not exists (select 1 from knowledge_search_words w where w.language = l.language and w.folded = q.folded and w.lexemes = '{}')
  ),
  -- A word no article holds, whole or as the start of a word, in any language: a typo, perhaps.
  -- The article words one edit from it (see knowledge_search_variants), most alike first (pg_trgm).
  unknown as (
    select q.n, q.folded from query_words q
     where length(q.folded) >= ${MIN_TYPO}
       and not exists (select 1 from knowledge_search_words w where w.folded >= q.folded and w.folded < q.folded || chr(1114111))
  ),
  similar_words as (
    select u.n, w.language, w.lexemes
      from unknown u
      cross join lateral (
        select w.language, w.lexemes from knowledge_search_words w
         where w.folded in (select v.folded from knowledge_search_variants v
                             where v.variant in (select careline_knowledge_variants(u.folded)))
         order by similarity(w.folded, u.folded) desc, w.folded
         limit ${SIMILAR_WORDS}
      ) w
  ),
  alternatives as (
    select m.language, m.n, x.lexeme
      from meant m, unnest(tsvector_to_array(to_tsvector(m.config, m.word))) as x (lexeme)
    union
    select m.language, m.n, x.lexeme
      from meant m
      cross join lateral (
        select w.lexemes from knowledge_search_words w
         where w.folded >= m.folded and w.folded < m.folded || chr(1114111) and w.language = m.language
           and (length(m.folded) >= ${MIN_PREFIX} or w.folded = m.folded)
         order by length(w.folded), w.folded
         limit ${PREFIX_WORDS}
      ) w, unnest(w.lexemes) as x (lexeme)
    union
    select m.language, m.n, x.lexeme
      from similar_words s
      join meant m on m.n = s.n and m.language = s.language,
      unnest(s.lexemes) as x (lexeme)
  ),
  queries as (
    select language, string_agg(any_of, ' & ')::tsquery as query
      from (
        select language, n, '(' || string_agg('''' || replace(replace(lexeme, '\\', '\\\\'), '''', '''''') || '''', ' | ') || ')' as any_of
          from alternatives group by language, n
      ) per_word
     group by language
  )
  select (array_agg(query) filter (where language = 'sv'))[1], (array_agg(query) filter (where language = 'da'))[1],
         (array_agg(query) filter (where language = 'en'))[1]
    into q_sv, q_da, q_en
    from queries`;

/** The query of revision r's own language, as conditions the partial GIN indexes serve. */
const own = (vector: string) =>
  `((r.language = 'sv' and r.${vector} @@ q_sv) or (r.language = 'da' and r.${vector} @@ q_da) or (r.language = 'en' and r.${vector} @@ q_en))`;
const queryOf = (alias: string) => `case ${alias}.language when 'sv' then q_sv when 'da' then q_da else q_en end`;

type Vector = 'title_vector' | 'lead_vector' | 'search_vector';
/** Title, lead (title and the body's opening), whole text: first in the agent's language, then in the others. */
const tiers: readonly [Vector, boolean][] = [true, false].flatMap((mine) =>
  (['title_vector', 'lead_vector', 'search_vector'] as const).map((vector): [Vector, boolean] => [vector, mine]),
);

/**
 * One tier: the best matches of `vector` (one revision per article), not already found, added to
 * the hits, as many as the limit leaves room for. `mine`: in the agent's language, else the others.
 * A tier runs only while there is room.
 */
function tier(vector: Vector, mine: boolean): string {
  const match = mine ? `r.language = p_language and r.${vector} @@ q_mine` : `r.language <> p_language and ${own(vector)}`;
  // An article has one searchable revision per language: in the agent's language one row each, in
  // the other two at most two, so the best 2n rows hold the best n articles.
  return `
    if cardinality(found_articles) < p_limit then
      select coalesce(array_agg(h.article_id order by h.rank desc, h.article_id), '{}'),
             coalesce(array_agg(h.revision order by h.rank desc, h.article_id), '{}')
        into more_articles, more_revisions
        from (
          select * from (
            select distinct on (c.article_id) c.* from (
              select r.article_id, r.revision, ts_rank(r.${vector}, ${queryOf('r')}) as rank
                from knowledge_article_revisions r
               where r.searchable and ${match}
                 and r.article_id <> all (ended) and r.article_id <> all (found_articles)
               order by 3 desc, 1
               limit (p_limit - cardinality(found_articles)) * ${mine ? 1 : 2}
            ) c
            order by c.article_id, c.rank desc
          ) best
          order by best.rank desc, best.article_id
          limit p_limit - cardinality(found_articles)
        ) h;
      found_articles := found_articles || more_articles;
      found_revisions := found_revisions || more_revisions;
      found_deep := found_deep || array_fill(${vector === 'search_vector'}, array[cardinality(more_articles)]);
    end if;`;
}

export const knowledgeSearchFunction = `
  create function careline_knowledge_search(p_words text[], p_language text, p_limit integer)
  returns table (hit_article_id uuid, hit_revision integer, hit_language text, hit_kind text, hit_municipality text,
                 hit_title text, hit_snippet text, hit_head text, hit_tail text)
  language plpgsql stable as $$
  declare
    q_sv tsquery;
    q_da tsquery;
    q_en tsquery;
    q_mine tsquery;
    ended uuid[];
    found_articles uuid[] := '{}';
    found_revisions integer[] := '{}';
    found_deep boolean[] := '{}';
    more_articles uuid[];
    more_revisions integer[];
  begin
    ${queriesPerLanguage};
    if q_sv is null and q_da is null and q_en is null then
      return;
    end if;
    q_mine := case p_language when 'sv' then q_sv when 'da' then q_da else q_en end;
    -- A local deviation that has ended is history, not advice.
    ended := array(select a.id from knowledge_articles a
                    where a.kind = 'local_deviation' and a.valid_to < (now() at time zone 'Europe/Stockholm')::date);
    ${tiers.map(([vector, mine]) => tier(vector, mine)).join('')}
    return query
      select r.article_id, r.revision, r.language, a.kind, a.municipality,
             ts_headline(careline_knowledge_config(r.language), translate(r.title, ${start} || ${end}, ''), b.query, ${marks} || ', HighlightAll=true'),
             ts_headline(careline_knowledge_config(r.language), b.body, b.query,
                         ${marks} || ', MaxFragments=2, MaxWords=18, MinWords=10, FragmentDelimiter="${FRAGMENT_DELIMITER}"'),
             left(r.body, ${EDGE_LENGTH}), right(r.body, ${EDGE_LENGTH})
        from unnest(found_articles, found_revisions, found_deep) with ordinality as f (article_id, revision, deep, n)
        join knowledge_article_revisions r on r.article_id = f.article_id and r.revision = f.revision
        join knowledge_articles a on a.id = r.article_id
        cross join lateral (select translate(left(r.body, case when f.deep then ${DEEP_SNIPPET_SOURCE} else ${OPENING_SNIPPET_SOURCE} end), ${start} || ${end}, '') as body,
                                   ${queryOf('r')} as query) b
       order by f.n;
  end
  $$;
`;
