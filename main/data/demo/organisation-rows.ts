/** Rows of the organisation around the citizens: providers, on-call rota, handler groups, the contact centre's staff and knowledge base. */

export type ProviderKind = 'home_care' | 'care_home' | 'day_activity' | 'other';

export interface DemoProvider {
  id: string;
  externalId: string;
  name: string;
  kind: ProviderKind;
  districtId: string | null;
  phone: string;
  streetAddress: string;
}

export interface DemoOncallShift {
  id: string;
  externalId: string;
  districtId: string;
  careManagerId: string;
  startsAt: string;
  endsAt: string;
  /** Only when the shift carries another phone than the district's urgent number. */
  phone: string | null;
}

export type HandlerGroupKind = 'contact_centre' | 'care_manager_group' | 'manager' | 'department';

export interface DemoHandlerGroup {
  id: string;
  externalId: string;
  name: string;
  kind: HandlerGroupKind;
  districtId: string | null;
  providerId: string | null;
}

export interface DemoTeam {
  id: string;
  name: string;
  /** The contact-centre group whose callbacks the team works (migration 13). */
  handlerGroupId?: string;
}

export interface DemoAgent {
  sipUser: string;
  displayName: string;
  role: 'agent' | 'lead' | 'admin';
  level: 1 | 2;
  languages: string[];
  teamId: string;
  active: boolean;
}

export type ArticleKind = 'service_guide' | 'provider_catalogue' | 'fees' | 'faq' | 'care_manager_directory' | 'organisation_chart' | 'local_deviation';

export interface DemoKnowledgeArticle {
  id: string;
  kind: ArticleKind;
  municipality: string | null;
  validFrom: string | null;
  validTo: string | null;
  archived: boolean;
  createdAt: string;
}

export interface DemoKnowledgeRevision {
  articleId: string;
  revision: number;
  language: 'sv' | 'da' | 'en';
  title: string;
  body: string;
  author: string;
  createdAt: string;
  approvedBy: string | null;
  approvedAt: string | null;
}

/** An article that helps with a case type (the case form's suggestions). */
export interface DemoKnowledgeCaseType {
  articleId: string;
  caseTypeCode: string;
}

export interface OrganisationRows {
  providers: DemoProvider[];
  oncallShifts: DemoOncallShift[];
  handlerGroups: DemoHandlerGroup[];
  teams: DemoTeam[];
  agents: DemoAgent[];
  knowledgeArticles: DemoKnowledgeArticle[];
  knowledgeRevisions: DemoKnowledgeRevision[];
  knowledgeCaseTypes: DemoKnowledgeCaseType[];
}
