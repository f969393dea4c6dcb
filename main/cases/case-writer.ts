/**
 * The case register's write side, as the quick case form uses it: register a case, add what a
 * caller tells later, change its status. Each call validates its input, stamps who and when, and
 * answers "saved" or "queued" (safe on this workstation, on its way to the shared server).
 */
import {
  caseInformationSchema,
  caseStatusChangeSchema,
  newCaseSchema,
  type CaseInformation,
  type CaseStatusChange,
  type Delivery,
  type NewCase,
  type SavedCase,
} from '../../shared/contract/cases.js';
import type { DurableWriter } from '../data/outbox/durable-writer.js';
import type { DeskWrite, WriteResult } from './desk-writes.js';

export interface CaseWriterOptions {
  writer: DurableWriter<DeskWrite, WriteResult>;
  /** The SIP user of the agent at this desk: what the register records as author. */
  agent: () => string;
  now?: () => Date;
}

export class CaseWriter {
  private readonly now: () => Date;

  constructor(private readonly options: CaseWriterOptions) {
    this.now = options.now ?? (() => new Date());
  }

  async saveCase(input: NewCase): Promise<SavedCase> {
    const checked = newCaseSchema.parse(input);
    const submitted = await this.options.writer.submit(checked.clientId, { kind: 'saveCase', ...this.authorship(), input: checked });
    return submitted.delivery === 'saved' && submitted.result.caseNumber !== undefined
      ? { caseId: checked.clientId, caseNumber: submitted.result.caseNumber, delivery: 'saved' }
      : { caseId: checked.clientId, delivery: submitted.delivery };
  }

  async addCaseInformation(input: CaseInformation): Promise<{ delivery: Delivery }> {
    const checked = caseInformationSchema.parse(input);
    const write = { kind: 'addCaseInformation' as const, ...this.authorship(), input: checked };
    return { delivery: (await this.options.writer.submit(checked.clientId, write)).delivery };
  }

  async changeCaseStatus(input: CaseStatusChange): Promise<{ delivery: Delivery }> {
    const checked = caseStatusChangeSchema.parse(input);
    const write = { kind: 'changeCaseStatus' as const, ...this.authorship(), input: checked };
    return { delivery: (await this.options.writer.submit(checked.clientId, write)).delivery };
  }

  private authorship() {
    return { agent: this.options.agent(), at: this.now().toISOString() };
  }
}
