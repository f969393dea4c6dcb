/**
 * The database functions through which agents write the knowledge base (migration 12): an agent
 * proposes a revision of a question and answer, a lead approves it. They are security definers
 * because agents hold no write right on the knowledge tables; each decides who is asking the way
 * the audited look-ups do (careline_audited_agent): the login role on a team server, the stated
 * SIP user on the embedded database, whose only session is the owner.
 */

/** SQLSTATEs the functions raise, which the core turns into the desk's refusals. */
export const KNOWLEDGE_NOT_ALLOWED = '42501';
export const KNOWLEDGE_NOT_EDITABLE = 'P0002';

export const knowledgeEditingFunctions = `
  -- Who asks, as author and approver. On a team server a lead is a member of careline_lead; on the
  -- embedded database the owner's session stands for the desk's agent, a lead when agents says so.
  create function careline_knowledge_identity(p_stated_agent text)
  returns table (author text, may_approve boolean)
  language plpgsql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  declare
    v_author text := careline_audited_agent(p_stated_agent);
  begin
    if exists (select 1 from pg_roles where rolname = session_user and rolsuper) then
      return query select v_author, exists (select 1 from agents a where a.sip_user = v_author and a.role = 'lead' and a.active);
    else
      return query select v_author, pg_has_role(session_user, 'careline_lead', 'member');
    end if;
  end
  $$;

  -- A new revision of a question and answer (a new one when p_article is null), never approved:
  -- it stays out of search until a lead approves it. The article row is locked so two edits at
  -- once get consecutive numbers.
  create function careline_knowledge_propose(p_article uuid, p_language text, p_title text, p_body text, p_stated_agent text)
  returns table (article_id uuid, revision integer)
  language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
  declare
    v_author text := (select i.author from careline_knowledge_identity(p_stated_agent) i);
    v_article uuid := p_article;
    v_revision integer;
  begin
    if v_article is null then
      insert into knowledge_articles (kind) values ('faq') returning id into v_article;
    else
      perform 1 from knowledge_articles a where a.id = v_article and a.kind = 'faq' and not a.archived for update;
      if not found then
        raise exception 'only a question and answer in use can be edited' using errcode = '${KNOWLEDGE_NOT_EDITABLE}';
      end if;
    end if;
    select coalesce(max(r.revision), 0) + 1 into v_revision from knowledge_article_revisions r where r.article_id = v_article;
    insert into knowledge_article_revisions (article_id, revision, language, title, body, author)
      values (v_article, v_revision, p_language, p_title, p_body, v_author);
    return query select v_article, v_revision;
  end
  $$;

  -- Only a lead approves, and only a revision still awaiting approval; the triggers of migration 9
  -- then make it the one search finds.
  create function careline_knowledge_approve(p_article uuid, p_revision integer, p_stated_agent text)
  returns void
  language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
  declare
    v_lead text;
  begin
    select i.author into v_lead from careline_knowledge_identity(p_stated_agent) i where i.may_approve;
    if v_lead is null then
      raise exception 'only a lead approves knowledge articles' using errcode = '${KNOWLEDGE_NOT_ALLOWED}';
    end if;
    update knowledge_article_revisions r set approved_by = v_lead, approved_at = now()
     where r.article_id = p_article and r.revision = p_revision and r.approved_at is null;
    if not found then
      raise exception 'no such revision awaits approval' using errcode = '${KNOWLEDGE_NOT_EDITABLE}';
    end if;
  end
  $$;

  revoke all on function careline_knowledge_identity(text) from public;
  revoke all on function careline_knowledge_propose(uuid, text, text, text, text) from public;
  revoke all on function careline_knowledge_approve(uuid, integer, text) from public;
  grant execute on function careline_knowledge_identity(text) to careline_agent;
  grant execute on function careline_knowledge_propose(uuid, text, text, text, text) to careline_agent;
  grant execute on function careline_knowledge_approve(uuid, integer, text) to careline_lead;
`;
