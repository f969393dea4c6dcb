/**
 * The statements behind the desk's knowledge panel besides search: one article with its history,
 * today's local deviations, articles for a case type, revisions awaiting approval, and the provider
 * catalogue. Plain reads an agent's grants allow; who is asking comes from
 * careline_knowledge_identity (migration 12), so "mine" means the same as the author written.
 */

/** Local deviations are dated in the municipalities' own time zone (Stockholm and Aarhus share it). */
const today = `(now() at time zone 'Europe/Stockholm')::date`;

/** $1 article, $2 stated agent. A revision awaiting approval is shown to its author and to leads. */
export const articleSql = `
  select a.id as article_id, a.kind, a.municipality, a.valid_from::text as valid_from, a.valid_to::text as valid_to,
         i.may_approve, r.revision, r.language, r.title, r.body, r.author, r.created_at, r.approved_by, r.approved_at,
         coalesce(r.author = i.author, false) as mine
    from knowledge_articles a
    cross join careline_knowledge_identity($2) i
    left join knowledge_article_revisions r
      on r.article_id = a.id and (r.approved_at is not null or r.author = i.author or i.may_approve)
   where a.id = $1 and not a.archived
   order by r.revision`;

/** $1 the agent's language: each deviation valid today once, in that language where it has it. */
export const deviationsSql = `
  select * from (
    select distinct on (a.id) a.id as article_id, a.kind, a.municipality, a.valid_from::text as valid_from,
           a.valid_to::text as valid_to, r.revision, r.language, r.title, r.body
      from knowledge_articles a
      join knowledge_article_revisions r on r.article_id = a.id and r.searchable
     where a.kind = 'local_deviation' and not a.archived
       and coalesce(a.valid_from, ${today}) <= ${today} and coalesce(a.valid_to, ${today}) >= ${today}
     order by a.id, r.language = $1 desc, r.revision desc
  ) d
  order by d.valid_from nulls first, d.title, d.article_id`;

/** $1 case type code, $2 the agent's language. */
export const suggestionsSql = `
  select * from (
    select distinct on (a.id) a.id as article_id, a.kind, r.revision, r.language, r.title
      from knowledge_article_case_types m
      join knowledge_articles a on a.id = m.article_id
      join knowledge_article_revisions r on r.article_id = a.id and r.searchable
     where m.case_type_code = $1
       and (a.kind <> 'local_deviation' or a.valid_to is null or a.valid_to >= ${today})
     order by a.id, r.language = $2 desc, r.revision desc
  ) s
  order by s.title, s.article_id`;

export const identitySql = 'select author, may_approve from careline_knowledge_identity($1)';

/**
 * $1 stated agent. Only revisions newer than the language's approved one: an older draft was
 * overtaken and approving it would change nothing that search shows.
 */
export const pendingSql = `
  select r.article_id, a.kind, r.revision, r.language, r.title, r.author, r.created_at, r.author = i.author as mine
    from careline_knowledge_identity($1) i
    join knowledge_article_revisions r on r.approved_at is null and (i.may_approve or r.author = i.author)
    join knowledge_articles a on a.id = r.article_id and not a.archived
   where r.revision > coalesce((select max(x.revision) from knowledge_article_revisions x
                                 where x.article_id = r.article_id and x.language = r.language and x.approved_at is not null), 0)
   order by r.created_at, r.article_id, r.revision`;

export const proposeSql = 'select article_id, revision from careline_knowledge_propose($1, $2, $3, $4, $5)';
export const approveSql = 'select careline_knowledge_approve($1, $2, $3)';

export const districtsSql = 'select id as district_id, name, municipality from districts order by municipality, name';

/** $1 district, $2 kind. The page sorts by name in the agent's language (Intl.Collator). */
export const providersSql = `
  select id as provider_id, name, phone, street_address from providers where district_id = $1 and kind = $2`;
