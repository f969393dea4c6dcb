/**
 * Where each list of demo rows lands: its table and, per column, the row property and SQL type.
 * In foreign-key order, so inserting a batch's lists in this order never refers ahead.
 */
import type { DemoData } from './demo-data.js';

export type SqlType = 'uuid' | 'text' | 'boolean' | 'date' | 'timestamptz' | 'numeric' | 'smallint' | 'text[]';

export interface TableSpec<K extends keyof DemoData = keyof DemoData> {
  list: K;
  table: string;
  /** [row property, column, type] */
  columns: readonly (readonly [string, string, SqlType])[];
}

const spec = <K extends keyof DemoData>(list: K, table: string, columns: TableSpec<K>['columns']): TableSpec<K> => ({ list, table, columns });

export const tableSpecs: readonly TableSpec[] = [
  spec('districts', 'districts', [['id', 'id', 'uuid'], ['municipality', 'municipality', 'text'], ['name', 'name', 'text'], ['externalId', 'external_id', 'text'], ['oncallNumber', 'oncall_number', 'text'], ['oncallDeputyNumber', 'oncall_deputy_number', 'text']]),
  spec('careManagers', 'care_managers', [['id', 'id', 'uuid'], ['districtId', 'district_id', 'uuid'], ['givenName', 'given_name', 'text'], ['familyName', 'family_name', 'text'], ['phone', 'phone', 'text'], ['externalId', 'external_id', 'text'], ['responsibility', 'responsibility', 'text'], ['languages', 'languages', 'text[]']]),
  spec('providers', 'providers', [['id', 'id', 'uuid'], ['externalId', 'external_id', 'text'], ['name', 'name', 'text'], ['kind', 'kind', 'text'], ['districtId', 'district_id', 'uuid'], ['phone', 'phone', 'text'], ['streetAddress', 'street_address', 'text']]),
  spec('handlerGroups', 'handler_groups', [['id', 'id', 'uuid'], ['externalId', 'external_id', 'text'], ['name', 'name', 'text'], ['kind', 'kind', 'text'], ['districtId', 'district_id', 'uuid'], ['providerId', 'provider_id', 'uuid']]),
  spec('teams', 'teams', [['id', 'id', 'uuid'], ['name', 'name', 'text'], ['handlerGroupId', 'handler_group_id', 'uuid']]),
  spec('agents', 'agents', [['sipUser', 'sip_user', 'text'], ['displayName', 'display_name', 'text'], ['role', 'role', 'text'], ['level', 'level', 'smallint'], ['languages', 'languages', 'text[]'], ['teamId', 'team_id', 'uuid'], ['active', 'active', 'boolean']]),
  spec('knowledgeArticles', 'knowledge_articles', [['id', 'id', 'uuid'], ['kind', 'kind', 'text'], ['municipality', 'municipality', 'text'], ['validFrom', 'valid_from', 'date'], ['validTo', 'valid_to', 'date'], ['archived', 'archived', 'boolean'], ['createdAt', 'created_at', 'timestamptz']]),
  spec('knowledgeRevisions', 'knowledge_article_revisions', [['articleId', 'article_id', 'uuid'], ['revision', 'revision', 'smallint'], ['language', 'language', 'text'], ['title', 'title', 'text'], ['body', 'body', 'text'], ['author', 'author', 'text'], ['createdAt', 'created_at', 'timestamptz'], ['approvedBy', 'approved_by', 'text'], ['approvedAt', 'approved_at', 'timestamptz']]),
  spec('knowledgeCaseTypes', 'knowledge_article_case_types', [['articleId', 'article_id', 'uuid'], ['caseTypeCode', 'case_type_code', 'text']]),
  spec('oncallShifts', 'oncall_shifts', [['id', 'id', 'uuid'], ['externalId', 'external_id', 'text'], ['districtId', 'district_id', 'uuid'], ['careManagerId', 'care_manager_id', 'uuid'], ['startsAt', 'starts_at', 'timestamptz'], ['endsAt', 'ends_at', 'timestamptz'], ['phone', 'phone', 'text']]),
  spec('phoneNumbers', 'phone_numbers', [['e164', 'e164', 'text'], ['kind', 'kind', 'text']]),
  spec('citizens', 'citizens', [['id', 'id', 'uuid'], ['externalId', 'external_id', 'text'], ['givenName', 'given_name', 'text'], ['familyName', 'family_name', 'text'], ['districtId', 'district_id', 'uuid'], ['careManagerId', 'care_manager_id', 'uuid'], ['protectedIdentity', 'protected_identity', 'boolean'], ['streetAddress', 'street_address', 'text'], ['postalCode', 'postal_code', 'text'], ['city', 'city', 'text'], ['preferredLanguage', 'preferred_language', 'text'], ['livesAlone', 'lives_alone', 'boolean'], ['hearingImpairment', 'hearing_impairment', 'boolean'], ['cognitiveImpairment', 'cognitive_impairment', 'boolean']]),
  spec('citizenPhones', 'citizen_phone_numbers', [['e164', 'e164', 'text'], ['citizenId', 'citizen_id', 'uuid']]),
  spec('identityNumbers', 'citizen_identity_numbers', [['citizenId', 'citizen_id', 'uuid'], ['personalIdentityNumber', 'personal_identity_number', 'text']]),
  spec('relatives', 'relatives', [['id', 'id', 'uuid'], ['externalId', 'external_id', 'text'], ['citizenId', 'citizen_id', 'uuid'], ['givenName', 'given_name', 'text'], ['familyName', 'family_name', 'text'], ['relation', 'relation', 'text'], ['isNextOfKin', 'is_next_of_kin', 'boolean']]),
  spec('relativePhones', 'relative_phone_numbers', [['e164', 'e164', 'text'], ['relativeId', 'relative_id', 'uuid']]),
  spec('decisions', 'decisions', [['id', 'id', 'uuid'], ['externalId', 'external_id', 'text'], ['citizenId', 'citizen_id', 'uuid'], ['decisionType', 'decision_type', 'text'], ['scope', 'scope', 'text'], ['hoursPerMonth', 'hours_per_month', 'numeric'], ['validFrom', 'valid_from', 'date'], ['validTo', 'valid_to', 'date'], ['providerId', 'provider_id', 'uuid']]),
  spec('feeBases', 'fee_bases', [['citizenId', 'citizen_id', 'uuid'], ['monthlyFee', 'monthly_fee', 'numeric'], ['currency', 'currency', 'text'], ['maxFeeApplies', 'max_fee_applies', 'boolean'], ['incomeBasisDate', 'income_basis_date', 'date']]),
  spec('invoices', 'invoices', [['id', 'id', 'uuid'], ['invoiceNumber', 'invoice_number', 'text'], ['citizenId', 'citizen_id', 'uuid'], ['periodStart', 'period_start', 'date'], ['periodEnd', 'period_end', 'date'], ['amount', 'amount', 'numeric'], ['currency', 'currency', 'text'], ['dueDate', 'due_date', 'date'], ['ocrReference', 'ocr_reference', 'text'], ['paid', 'paid', 'boolean'], ['paidOn', 'paid_on', 'date']]),
  spec('callRecords', 'call_records', [['id', 'id', 'uuid'], ['callId', 'call_id', 'text'], ['direction', 'direction', 'text'], ['dialled', 'dialled', 'text'], ['callerNumber', 'caller_number', 'text'], ['citizenId', 'citizen_id', 'uuid'], ['offeredAt', 'offered_at', 'timestamptz'], ['answeredAt', 'answered_at', 'timestamptz'], ['endedAt', 'ended_at', 'timestamptz'], ['answeredBy', 'answered_by', 'text'], ['outcome', 'outcome', 'text'], ['clientId', 'client_id', 'uuid']]),
  spec('callTransfers', 'call_transfers', [['callRecordId', 'call_record_id', 'uuid'], ['kind', 'kind', 'text'], ['targetNumber', 'target_number', 'text'], ['targetLabel', 'target_label', 'text'], ['attemptedAt', 'attempted_at', 'timestamptz'], ['answeredAt', 'answered_at', 'timestamptz'], ['acceptedBy', 'accepted_by', 'text'], ['outcome', 'outcome', 'text']]),
  spec('cases', 'cases', [['id', 'id', 'uuid'], ['mainCategoryCode', 'main_category_code', 'text'], ['caseTypeCode', 'case_type_code', 'text'], ['caseClassCode', 'case_class_code', 'text'], ['districtId', 'district_id', 'uuid'], ['providerId', 'provider_id', 'uuid'], ['unit', 'unit', 'text'], ['handlerGroupId', 'handler_group_id', 'uuid'], ['handlerAgent', 'handler_agent', 'text'], ['status', 'status', 'text'], ['resolvedAtFirstContact', 'resolved_at_first_contact', 'boolean'], ['feedbackChannelCode', 'feedback_channel_code', 'text'], ['feedbackContact', 'feedback_contact', 'text'], ['dueDate', 'due_date', 'date'], ['citizenId', 'citizen_id', 'uuid'], ['callerNumber', 'caller_number', 'text'], ['callId', 'call_id', 'text'], ['notes', 'notes', 'text'], ['createdAt', 'created_at', 'timestamptz'], ['createdBy', 'created_by', 'text'], ['updatedAt', 'updated_at', 'timestamptz'], ['clientId', 'client_id', 'uuid']]),
  spec('caseEvents', 'case_events', [['caseId', 'case_id', 'uuid'], ['kind', 'kind', 'text'], ['at', 'at', 'timestamptz'], ['byAgent', 'by_agent', 'text'], ['statusFrom', 'status_from', 'text'], ['statusTo', 'status_to', 'text'], ['note', 'note', 'text'], ['callId', 'call_id', 'text'], ['clientId', 'client_id', 'uuid']]),
  spec('agentStates', 'agent_state_log', [['sipUser', 'sip_user', 'text'], ['state', 'state', 'text'], ['reason', 'reason', 'text'], ['at', 'at', 'timestamptz']]),
  spec('broadcasts', 'broadcasts', [['id', 'id', 'uuid'], ['message', 'message', 'text'], ['severity', 'severity', 'text'], ['teamId', 'team_id', 'uuid'], ['sentBy', 'sent_by', 'text'], ['sentAt', 'sent_at', 'timestamptz'], ['validUntil', 'valid_until', 'timestamptz']]),
  spec('auditLog', 'audit_log', [['at', 'at', 'timestamptz'], ['actor', 'actor', 'text'], ['action', 'action', 'text'], ['subjectType', 'subject_type', 'text'], ['subjectId', 'subject_id', 'text'], ['callId', 'call_id', 'text'], ['reason', 'reason', 'text']]),
];
