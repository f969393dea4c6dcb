/** Rows of the contact centre's history: calls and their transfers, cases and their events, agent states, broadcasts and audit. */

export type CaseStatus = 'open' | 'closed' | 'forwarded';

export interface DemoCallRecord {
  id: string;
  callId: string;
  direction: 'inbound' | 'outbound';
  dialled: string;
  callerNumber: string | null;
  citizenId: string | null;
  offeredAt: string;
  answeredAt: string | null;
  endedAt: string;
  answeredBy: string | null;
  outcome: 'answered' | 'abandoned' | 'missed' | 'transferred';
  clientId: string;
}

export interface DemoCallTransfer {
  callRecordId: string;
  kind: 'blind' | 'attended' | 'urgent_oncall';
  targetNumber: string;
  targetLabel: string;
  attemptedAt: string;
  answeredAt: string | null;
  acceptedBy: string;
  outcome: 'accepted' | 'no_answer' | 'declined' | 'cancelled' | 'failed';
}

export interface DemoCase {
  id: string;
  mainCategoryCode: string;
  caseTypeCode: string;
  caseClassCode: string;
  districtId: string | null;
  providerId: string | null;
  unit: string;
  handlerGroupId: string | null;
  handlerAgent: string | null;
  status: CaseStatus;
  resolvedAtFirstContact: boolean;
  feedbackChannelCode: string | null;
  feedbackContact: string;
  dueDate: string | null;
  citizenId: string | null;
  callerNumber: string | null;
  callId: string | null;
  notes: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  clientId: string;
}

export interface DemoCaseEvent {
  caseId: string;
  kind: 'created' | 'information_added' | 'status_changed' | 'reassigned';
  at: string;
  byAgent: string;
  statusFrom: CaseStatus | null;
  statusTo: CaseStatus | null;
  note: string;
  callId: string | null;
  clientId: string;
}

export interface DemoAgentState {
  sipUser: string;
  state: 'ready' | 'not_ready' | 'on_call' | 'wrap_up' | 'offline';
  reason: string;
  at: string;
}

export interface DemoBroadcast {
  id: string;
  message: string;
  severity: 'info' | 'warning' | 'crisis';
  teamId: string | null;
  sentBy: string;
  sentAt: string;
  validUntil: string | null;
}

export interface DemoAuditEntry {
  at: string;
  actor: string;
  action: string;
  subjectType: string;
  subjectId: string;
  callId: string | null;
  reason: string;
}

export interface ActivityRows {
  callRecords: DemoCallRecord[];
  callTransfers: DemoCallTransfer[];
  cases: DemoCase[];
  caseEvents: DemoCaseEvent[];
  agentStates: DemoAgentState[];
  broadcasts: DemoBroadcast[];
  auditLog: DemoAuditEntry[];
}
