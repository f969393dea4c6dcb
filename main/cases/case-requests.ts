/**
 * The renderer's case requests and the outbox count, answered by the core. A write the database
 * turns down reaches the agent as a typed error naming why; the form keeps what they typed.
 */
import { ContractFailure } from '../../shared/contract/result.js';
import type { CoreSideLink } from '../../shared/messaging/links.js';
import { sqlStateOf } from '../data/outbox/write-failure.js';
import type { CaseServices } from './case-services.js';
import { WriteRefusedError } from './write-refused.js';

const nothingWaiting = { waiting: 0, refused: 0 };

/**
 * `services` is undefined when the database could not be opened at start. `onSettled` hears of a
 * case saved or information attached (also when queued: it is safe on this workstation).
 */
export function serveCaseRequests(
  link: CoreSideLink,
  services: CaseServices | undefined,
  onSettled: (settled: { clientId: string; callId?: string }) => void = () => undefined,
): void {
  const available = (): CaseServices => {
    if (!services) throw new ContractFailure('databaseUnavailable', 'cases.errors.databaseUnavailable');
    return services;
  };
  const settling = async <T>(input: { clientId: string; callId?: string | undefined }, write: () => Promise<T>): Promise<T> => {
    const done = await explained(write);
    onSettled(input.callId === undefined ? { clientId: input.clientId } : { clientId: input.clientId, callId: input.callId });
    return done;
  };
  link.handle('cases.saveCase', (input) => settling(input, () => available().cases.saveCase(input)));
  link.handle('cases.addCaseInformation', (input) => settling(input, () => available().cases.addCaseInformation(input)));
  link.handle('cases.changeCaseStatus', (input) => explained(() => available().cases.changeCaseStatus(input)));
  link.handle('data.getOutboxStatus', () => services?.outboxStatus() ?? nothingWaiting);
}

async function explained<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw refusal(error) ?? error;
  }
}

/** Why the register said no, in terms the agent can act on; undefined for a fault (logged as internal). */
export function refusal(error: unknown): ContractFailure | undefined {
  const failure = (code: string) => new ContractFailure(code, `cases.errors.${code}`);
  if (error instanceof WriteRefusedError) {
    return error.reason === 'caseNotChangeable' ? failure('notAllowed') : failure('unknownReference');
  }
  const state = sqlStateOf(error);
  if (state === undefined) return undefined;
  if (state === '23503') return failure('unknownReference');
  if (state === '42501') return failure('notAllowed');
  if (state.startsWith('23') || state.startsWith('22')) return failure('invalid');
  return undefined;
}
