/**
 * Agents propose revisions of questions and answers and leads approve them, through the database
 * functions of migration 12, which decide who is asking and refuse what that person may not do.
 * Their refusals become typed failures here.
 */
import type { KnowledgePending, KnowledgeProposal, KnowledgeArticleKind } from '../../shared/contract/knowledge.js';
import { ContractFailure } from '../../shared/contract/result.js';
import type { Locale } from '../../shared/contract/settings.js';
import type { Queryable } from '../data/database.js';
import { approveSql, identitySql, pendingSql, proposeSql } from './knowledge-desk-sql.js';
import { KNOWLEDGE_NOT_ALLOWED, KNOWLEDGE_NOT_EDITABLE } from './knowledge-editing-sql.js';

interface PendingRow {
  article_id: string;
  kind: KnowledgeArticleKind;
  revision: number;
  language: Locale;
  title: string;
  author: string;
  created_at: Date;
  mine: boolean;
}

/** The database's refusal as the desk's, or the error itself when it is something else. */
function refusal(error: unknown): unknown {
  const code = (error as { code?: unknown }).code;
  if (code === KNOWLEDGE_NOT_ALLOWED) return new ContractFailure('notAllowed', 'knowledge.errors.notAllowed');
  if (code === KNOWLEDGE_NOT_EDITABLE) return new ContractFailure('notEditable', 'knowledge.errors.notEditable');
  return error;
}

export async function proposeRevision(db: Queryable, proposal: KnowledgeProposal, agent: string): Promise<{ articleId: string; revision: number }> {
  try {
    const [row] = await db.query<{ article_id: string; revision: number }>(proposeSql, [
      proposal.articleId ?? null, proposal.language, proposal.title.trim(), proposal.body, agent,
    ]);
    return { articleId: row!.article_id, revision: row!.revision };
  } catch (error) {
    throw refusal(error);
  }
}

export async function approveRevision(db: Queryable, articleId: string, revision: number, agent: string): Promise<void> {
  try {
    await db.query(approveSql, [articleId, revision, agent]);
  } catch (error) {
    throw refusal(error);
  }
}

export async function readPending(db: Queryable, agent: string): Promise<{ mayApprove: boolean; pending: KnowledgePending[] }> {
  const [identity] = await db.query<{ may_approve: boolean }>(identitySql, [agent]);
  const rows = await db.query<PendingRow>(pendingSql, [agent]);
  return {
    mayApprove: identity?.may_approve ?? false,
    pending: rows.map((row) => ({
      articleId: row.article_id,
      revision: row.revision,
      language: row.language,
      kind: row.kind,
      title: row.title,
      author: row.author,
      createdAt: row.created_at.getTime(),
      mine: row.mine,
    })),
  };
}
