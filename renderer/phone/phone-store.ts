/**
 * The phone mirror as a zustand store. Only sync.ts writes what the core owns, from contract
 * events; the desk reads through `usePhone` and selectors, and acts through the link. The one
 * local write is the agent putting away a failed call's notice.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { dismissFailure, initialPhoneState, type PhoneState } from './phone-state.js';

export type PhoneStore = StoreApi<PhoneState>;

export const createPhoneStore = (): PhoneStore => createStore<PhoneState>(() => initialPhoneState);

/** The desk's one phone mirror; tests make their own with createPhoneStore. */
export const phoneStore = createPhoneStore();

/** Read access to the mirror for code outside React (media, shortcuts, announcements). */
export type PhoneReader = Pick<PhoneStore, 'getState' | 'subscribe'>;

/** The desk's mirror, read-only: writing stays with sync.ts. */
export const phoneReader: PhoneReader = phoneStore;

export function usePhone<T>(selector: (state: PhoneState) => T): T {
  return useStore(phoneStore, selector);
}

export function dismissCallFailure(store: PhoneStore = phoneStore): void {
  store.setState(dismissFailure);
}
