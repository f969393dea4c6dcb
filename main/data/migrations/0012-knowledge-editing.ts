/**
 * The knowledge base at the desk: which articles help with which case type, and the functions
 * through which agents propose revisions of questions and answers and leads approve them (see
 * knowledge-editing-sql.ts). Agents keep their read-only grants on the knowledge tables.
 */
import { knowledgeEditingFunctions } from '../../knowledge/knowledge-editing-sql.js';
import type { Migration } from '../migrate.js';

export const knowledgeEditing: Migration = {
  version: 12,
  name: 'knowledge-editing',
  sql: `
    create table knowledge_article_case_types (
      article_id uuid not null references knowledge_articles (id) on delete cascade,
      case_type_code text not null references case_types (code),
      primary key (article_id, case_type_code)
    );
    create index knowledge_article_case_types_code_idx on knowledge_article_case_types (case_type_code);
    grant select on knowledge_article_case_types to careline_agent;

    ${knowledgeEditingFunctions}
  `,
};
