/**
 * Records each call the desk handles (offered, answered, ended, by whom) in the contact centre's
 * call records, through the same writer as cases so that both reach the server in the order
 * they happened, outage or not.
 */
import {
  callRecordSchema,
  callRecordUpdateSchema,
  type CallRecordInput,
  type CallRecordUpdate,
  type Delivery,
} from '../../shared/contract/cases.js';
import { transferAttemptSchema, type TransferAttempt } from '../../shared/contract/transfer.js';
import type { DeskWrite, WriteResult } from '../cases/desk-writes.js';
import type { DurableWriter } from '../data/outbox/durable-writer.js';

export class CallRecorder {
  constructor(private readonly writer: DurableWriter<DeskWrite, WriteResult>) {}

  async recordCall(input: CallRecordInput): Promise<Delivery> {
    const checked = callRecordSchema.parse(input);
    return (await this.writer.submit(checked.clientId, { kind: 'recordCall', input: checked })).delivery;
  }

  async updateCallRecord(update: CallRecordUpdate): Promise<Delivery> {
    const checked = callRecordUpdateSchema.parse(update);
    return (await this.writer.submit(checked.clientId, { kind: 'updateCallRecord', input: checked })).delivery;
  }

  /** One attempt to hand the call on (call_transfers), after the call's own record in the same queue. */
  async recordTransfer(attempt: TransferAttempt): Promise<Delivery> {
    const checked = transferAttemptSchema.parse(attempt);
    return (await this.writer.submit(checked.clientId, { kind: 'recordTransfer', input: checked })).delivery;
  }
}
