/**
 * Replies are results, never thrown errors: the renderer shows `messageKey` through i18next,
 * and `field` names the part of a request that failed validation.
 */
import { z } from 'zod';

export const contractErrorSchema = z.object({
  code: z.string(),
  messageKey: z.string(),
  field: z.string().optional(),
});
export type ContractError = z.infer<typeof contractErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ContractError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: string, messageKey: string, field?: string): Result<never> => ({
  ok: false,
  error: field === undefined ? { code, messageKey } : { code, messageKey, field },
});

/** A handler's failure that should reach the caller as a typed error, not a crash. */
export class ContractFailure extends Error {
  constructor(
    readonly code: string,
    readonly messageKey: string,
  ) {
    super(code);
  }
}
