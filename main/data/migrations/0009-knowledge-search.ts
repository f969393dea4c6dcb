/**
 * Knowledge search: stored full-text vectors per revision in its language's configuration, the
 * one revision per article and language that search reads marked by triggers, a vocabulary of the
 * words the articles use (which turns a typo, "hemtjanst" without its "ä" or the start of a word
 * into words the vectors hold), and the search function itself.
 */
import { knowledgeSearchFunction } from '../../knowledge/knowledge-search-sql.js';
import type { Migration } from '../migrate.js';

export const knowledgeSearch: Migration = {
  version: 9,
  name: 'knowledge-search',
  sql: `
    create function careline_knowledge_config(p_language text) returns regconfig
    language sql immutable strict parallel safe as $$
      select case p_language when 'sv' then 'swedish'::regconfig when 'da' then 'danish'::regconfig else 'english'::regconfig end
    $$;

    -- Agents type without diacritics often enough (another keyboard, haste) that words are compared
    -- without them: lower case, å/ä/ö/ø to a/o, æ to "ae" as Danes write it without the letter.
    -- unaccent would do this but is not in PGlite's default build, and it is not immutable.
    create function careline_knowledge_fold(p_word text) returns text
    language sql immutable strict parallel safe as $$
      select replace(translate(lower(p_word), 'åäáàâöøóòôéèêëüúùíìïçñ', 'aaaaaoooooeeeeuuuiiicn'), 'æ', 'ae')
    $$;

    -- The whole text (title words weigh more), and two short ones that rank the first tiers of hits
    -- (see knowledge-search-sql.ts): the title, and the lead (the title and the body's opening).
    -- Kept in the row (storage main) while the body moves out: a search reads many vectors.
    alter table knowledge_article_revisions
      add column search_vector tsvector generated always as (
        setweight(to_tsvector(careline_knowledge_config(language), title), 'A') ||
        setweight(to_tsvector(careline_knowledge_config(language), body), 'B')) stored,
      add column title_vector tsvector generated always as (to_tsvector(careline_knowledge_config(language), title)) stored,
      add column lead_vector tsvector generated always as (
        to_tsvector(careline_knowledge_config(language), title || ' ' || left(body, 300))) stored,
      -- The newest approved revision of an article in a language, unless the article is archived.
      add column searchable boolean not null default false;
    alter table knowledge_article_revisions alter column search_vector set storage main,
      alter column title_vector set storage main, alter column lead_vector set storage main;
    create index knowledge_revisions_search_idx on knowledge_article_revisions using gin (search_vector) where searchable;
    create index knowledge_revisions_title_idx on knowledge_article_revisions using gin (title_vector) where searchable;
    create index knowledge_revisions_lead_idx on knowledge_article_revisions using gin (lead_vector) where searchable;
    create index knowledge_articles_deviation_idx on knowledge_articles (valid_to) where kind = 'local_deviation';

    -- Every word any revision used, per language, with its lexemes there (none: a stop word).
    -- Words of replaced revisions stay: they only ever widen a query by a word nothing holds.
    create table knowledge_search_words (
      language text not null check (language in ('sv', 'da', 'en')),
      word text not null,
      folded text collate "C" not null,
      lexemes text[] not null,
      primary key (language, word)
    );
    -- Exact and prefix look-ups compare folded words byte by byte (collation C).
    create index knowledge_search_words_folded_idx on knowledge_search_words (folded);

    -- Typos by deletion neighbourhood: each folded word, and the word less one letter, point to it.
    -- A word one edit (or a swap of two letters) from a typed word shares a variant with it, found
    -- by a few exact look-ups; a trigram index search (pg_trgm's %) takes 20-50 ms on PGlite here.
    create table knowledge_search_variants (
      variant text collate "C" not null,
      folded text collate "C" not null,
      primary key (variant, folded)
    );

    create function careline_knowledge_variants(p_folded text) returns setof text
    language sql immutable strict parallel safe as $$
      select p_folded
      union
      select left(p_folded, i - 1) || substr(p_folded, i + 1) from generate_series(1, length(p_folded)) as i
    $$;

    create function careline_knowledge_words(p_language text, p_text text)
    returns table (language text, word text, folded text, lexemes text[])
    language sql immutable strict parallel safe as $$
      select p_language, w.word, careline_knowledge_fold(w.word),
             tsvector_to_array(to_tsvector(careline_knowledge_config(p_language), w.word))
        from unnest(tsvector_to_array(to_tsvector('simple', p_text))) as w (word)
    $$;

    -- New words and their variants; words the vocabulary has are skipped.
    create function careline_knowledge_add_words(p_words knowledge_search_words[]) returns void
    language sql security definer set search_path = pg_catalog, public, pg_temp as $$
      with added as (
        insert into knowledge_search_words (language, word, folded, lexemes)
          select * from unnest(p_words)
          on conflict do nothing
          returning folded
      )
      insert into knowledge_search_variants (variant, folded)
        select v, a.folded from (select distinct folded from added) a, careline_knowledge_variants(a.folded) as v
        on conflict do nothing
    $$;

    -- The functions below are security definers: whoever may write a revision or archive an article
    -- keeps search up to date, without a right to write the vocabulary or the searchable mark.
    create function careline_knowledge_mark_current(p_article uuid, p_language text) returns void
    language sql security definer set search_path = pg_catalog, public, pg_temp as $$
      update knowledge_article_revisions r
         set searchable = coalesce(r.revision = c.revision and not c.archived, false)
        from (select a.archived,
                     (select max(x.revision) from knowledge_article_revisions x
                       where x.article_id = p_article and x.language = p_language and x.approved_at is not null) as revision
                from knowledge_articles a where a.id = p_article) c
       where r.article_id = p_article and r.language = p_language
         and r.searchable <> coalesce(r.revision = c.revision and not c.archived, false)
    $$;

    -- Once per statement, so loading many revisions at once stays fast.
    create function careline_knowledge_revisions_added() returns trigger
    language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
    begin
      perform careline_knowledge_mark_current(c.article_id, c.language) from (select distinct article_id, language from added) c;
      perform careline_knowledge_add_words(array(
        select row(w.language, w.word, w.folded, w.lexemes)::knowledge_search_words from added r, careline_knowledge_words(r.language, r.title || ' ' || r.body) w));
      return null;
    end
    $$;
    create trigger knowledge_revisions_added after insert on knowledge_article_revisions
      referencing new table as added for each statement execute function careline_knowledge_revisions_added();

    create function careline_knowledge_revision_changed() returns trigger
    language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
    begin
      -- An approval (the usual update) marks once; the old place is marked again only if the
      -- revision moved, and words are added only for text that changed.
      if tg_op = 'DELETE' or (old.article_id, old.language) is distinct from (new.article_id, new.language) then
        perform careline_knowledge_mark_current(old.article_id, old.language);
      end if;
      if tg_op = 'UPDATE' then
        perform careline_knowledge_mark_current(new.article_id, new.language);
        if (old.language, old.title, old.body) is distinct from (new.language, new.title, new.body) then
          perform careline_knowledge_add_words(array(
            select row(w.language, w.word, w.folded, w.lexemes)::knowledge_search_words from careline_knowledge_words(new.language, new.title || ' ' || new.body) w));
        end if;
      end if;
      return null;
    end
    $$;
    create trigger knowledge_revision_changed after update of article_id, revision, language, title, body, approved_at or delete
      on knowledge_article_revisions for each row execute function careline_knowledge_revision_changed();

    create function careline_knowledge_article_changed() returns trigger
    language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
    begin
      perform careline_knowledge_mark_current(new.id, l.language) from unnest(array['sv', 'da', 'en']) as l (language);
      return null;
    end
    $$;
    create trigger knowledge_article_changed after update of archived on knowledge_articles
      for each row execute function careline_knowledge_article_changed();

    revoke all on function careline_knowledge_add_words(knowledge_search_words[]) from public;
    revoke all on function careline_knowledge_mark_current(uuid, text) from public;
    revoke all on function careline_knowledge_revisions_added() from public;
    revoke all on function careline_knowledge_revision_changed() from public;
    revoke all on function careline_knowledge_article_changed() from public;

    -- What the database already holds (the demo's articles).
    select careline_knowledge_mark_current(c.article_id, c.language)
      from (select distinct article_id, language from knowledge_article_revisions) c;
    select careline_knowledge_add_words(array(
      select row(w.language, w.word, w.folded, w.lexemes)::knowledge_search_words from knowledge_article_revisions r, careline_knowledge_words(r.language, r.title || ' ' || r.body) w));

    ${knowledgeSearchFunction}

    grant select on knowledge_search_words, knowledge_search_variants to careline_agent;
  `,
};
