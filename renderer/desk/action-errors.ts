/**
 * The last action that failed (answer, hang up, change language), as the core's error said it.
 * Kept as a message key so a language switch translates it again.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { ContractError, Result } from '../../shared/contract/index.js';

export const actionErrorStore = createStore<{ error: ContractError | null }>(() => ({ error: null }));

export const useActionError = () => useStore(actionErrorStore, (state) => state.error);

export function reportResult(result: Result<unknown>): void {
  actionErrorStore.setState({ error: result.ok ? null : result.error });
}

export function dismissActionError(): void {
  actionErrorStore.setState({ error: null });
}
