/**
 * Every write the desk makes to the shared data, as one tagged value: what the outbox stores, and
 * what is applied to the server now or on replay. Validated again when read back from the outbox,
 * since the row may have been written by an older build.
 */
import { z } from 'zod';
import {
  agentSchema,
  callRecordSchema,
  callRecordUpdateSchema,
  caseInformationSchema,
  caseStatusChangeSchema,
  newCaseSchema,
} from '../../shared/contract/cases.js';
import { transferAttemptSchema } from '../../shared/contract/transfer.js';
import { agentStateEntrySchema, insertAgentState } from '../agent/agent-state-log.js';
import { insertCallRecord, updateCallRecordRow } from '../calls/call-record-sql.js';
import { insertTransferAttempt } from '../calls/transfer-attempt-sql.js';
import type { Database } from '../data/database.js';
import { changeStatus, insertCase, insertCaseInformation } from './case-sql.js';

const authored = { agent: agentSchema, at: z.iso.datetime() };

export const deskWriteSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saveCase'), ...authored, input: newCaseSchema }),
  z.object({ kind: z.literal('addCaseInformation'), ...authored, input: caseInformationSchema }),
  z.object({ kind: z.literal('changeCaseStatus'), ...authored, input: caseStatusChangeSchema }),
  z.object({ kind: z.literal('recordCall'), input: callRecordSchema }),
  z.object({ kind: z.literal('updateCallRecord'), input: callRecordUpdateSchema }),
  z.object({ kind: z.literal('recordAgentState'), input: agentStateEntrySchema }),
  z.object({ kind: z.literal('recordTransfer'), input: transferAttemptSchema }),
]);
export type DeskWrite = z.infer<typeof deskWriteSchema>;

/** What a write reports when it is applied at once; a replay's result goes nowhere. */
export interface WriteResult {
  caseNumber?: number;
}

export const decodeDeskWrite = (stored: unknown): DeskWrite => deskWriteSchema.parse(stored);

export async function applyDeskWrite(db: Database, write: DeskWrite): Promise<WriteResult> {
  switch (write.kind) {
    case 'saveCase':
      return insertCase(db, write.input, write);
    case 'addCaseInformation':
      await insertCaseInformation(db, write.input, write);
      return {};
    case 'changeCaseStatus':
      await changeStatus(db, write.input, write);
      return {};
    case 'recordCall':
      await insertCallRecord(db, write.input);
      return {};
    case 'updateCallRecord':
      await updateCallRecordRow(db, write.input);
      return {};
    case 'recordAgentState':
      await insertAgentState(db, write.input);
      return {};
    case 'recordTransfer':
      await insertTransferAttempt(db, write.input);
      return {};
  }
}
