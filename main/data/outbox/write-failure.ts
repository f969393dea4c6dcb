/**
 * Why a write to the shared server failed, and so what becomes of it: queued for later when the
 * server could not take it (gone, starting, shutting down, overloaded), or reported to the agent
 * when the server looked at it and said no (a constraint, a bad value, a policy). Guessing "later"
 * for a refusal would hide a mistake the agent can still fix; guessing "refused" for an outage
 * would lose the write, so only what is recognised as an outage is queued.
 */

export type WriteFailure = 'unreachable' | 'busy' | 'refused';

/** Node's socket errors: the server's host or port did not answer. */
const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENOENT', // a Unix socket path that is not there: the server is not running
]);

/** node-postgres and pg-pool say "the connection went away" only in words. */
const connectionLostMessages = [
  'Connection terminated',
  'Connection terminated unexpectedly',
  'Connection terminated due to connection timeout',
  'timeout exceeded when trying to connect',
  'timeout expired',
  'Query read timeout',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
];

/**
 * SQLSTATEs of a server that answered but cannot take the write now, although the write is fine:
 * it shuts down or starts (57P0x), is out of connections, memory or disk (53), hit a deadlock or
 * serialisation conflict (40001, 40P01), or a lock or statement timeout (55P03, 57014).
 */
function isBusyState(state: string): boolean {
  return (
    state === '57P01' ||
    state === '57P02' ||
    state === '57P03' ||
    state.startsWith('53') ||
    state === '40001' ||
    state === '40P01' ||
    state === '55P03' ||
    state === '57014'
  );
}

export function classifyWriteFailure(error: unknown): WriteFailure {
  const state = sqlStateOf(error);
  if (state !== undefined) {
    if (state.startsWith('08')) return 'unreachable';
    return isBusyState(state) ? 'busy' : 'refused';
  }
  return causes(error).some(isConnectionLoss) ? 'unreachable' : 'refused';
}

/** Whether a write that failed this way waits in the outbox instead of reaching the agent as an error. */
export const isOutage = (failure: WriteFailure): boolean => failure !== 'refused';

/** Five characters; no SQLSTATE class starts with E, so Node's "EPIPE" or "EPERM" is not mistaken for one. */
const sqlStatePattern = /^[0-9A-DF-Z][0-9A-Z]{4}$/;

/** The SQLSTATE of the first error in the chain that has one (five characters, e.g. "23505"). */
export function sqlStateOf(error: unknown): string | undefined {
  for (const candidate of causes(error)) {
    const code = (candidate as { code?: unknown }).code;
    if (typeof code === 'string' && sqlStatePattern.test(code)) return code;
  }
  return undefined;
}

/** A short, personal-data-free label for logs and the outbox: the SQLSTATE, or the error's class. */
export function failureLabel(error: unknown): string {
  const state = sqlStateOf(error);
  if (state !== undefined) return `sqlstate ${state}`;
  const networkCode = causes(error)
    .map((candidate) => (candidate as { code?: unknown }).code)
    .find((code): code is string => typeof code === 'string');
  if (networkCode !== undefined) return networkCode;
  return error instanceof Error ? error.name : typeof error;
}

function isConnectionLoss(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && networkCodes.has(code)) return true;
  return error instanceof Error && connectionLostMessages.includes(error.message);
}

/** The error, its `cause` chain and the errors of an AggregateError (Node's happy-eyeballs connect). */
function causes(error: unknown, depth = 0): unknown[] {
  if (error === null || typeof error !== 'object' || depth > 8) return [];
  const found: unknown[] = [error];
  if (error instanceof AggregateError) for (const inner of error.errors) found.push(...causes(inner, depth + 1));
  if ('cause' in error) found.push(...causes(error.cause, depth + 1));
  return found;
}
