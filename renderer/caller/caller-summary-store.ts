/**
 * The caller summaries this desk has read, per call and citizen, and which citizen the agent chose
 * for each call (or that the call goes on without one). Fed by `citizens.summaryRead` pushes and by
 * the agent's choices; the chosen citizen is what the case form registers the call for.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SummaryOutcome, SummaryRead } from '../../shared/contract/index.js';

/** `reading`: asked for, not answered yet. */
export type SummaryState = SummaryOutcome | { kind: 'reading' };

/** The citizen a call is about, as the agent chose them (a lone screen-pop citizen counts as chosen). */
export interface ChosenCitizen {
  citizenId: string;
  name: string;
  district: string;
}

/** `none`: the agent chose to go on without a citizen. */
export type CallCitizenChoice = { kind: 'citizen'; citizen: ChosenCitizen } | { kind: 'none' };

export interface CallerSummaryState {
  summaries: Readonly<Record<string, SummaryState>>;
  chosen: Readonly<Record<string, CallCitizenChoice>>;
}

export type CallerSummaryStore = StoreApi<CallerSummaryState>;

export const createCallerSummaryStore = (): CallerSummaryStore => createStore<CallerSummaryState>(() => ({ summaries: {}, chosen: {} }));

export const callerSummaryStore = createCallerSummaryStore();

export const useCallerSummaries = <T>(selector: (state: CallerSummaryState) => T): T => useStore(callerSummaryStore, selector);

export const summaryKey = (callId: string, citizenId: string) => `${callId} ${citizenId}`;

export const selectSummary =
  (callId: string, citizenId: string) =>
  (state: CallerSummaryState): SummaryState | undefined =>
    state.summaries[summaryKey(callId, citizenId)];

export const selectChoice =
  (callId: string) =>
  (state: CallerSummaryState): CallCitizenChoice | undefined =>
    state.chosen[callId];

/** Summaries and choices of this many calls are kept; older ones go (the page must not grow all day). */
const KEPT_CALLS = 20;

export function storeSummary(store: CallerSummaryStore, read: SummaryRead | { callId: string; citizenId: string; summary: SummaryState }): void {
  store.setState((state) => {
    const summaries = { ...state.summaries, [summaryKey(read.callId, read.citizenId)]: read.summary };
    const calls = [...new Set(Object.keys(summaries).map((key) => key.split(' ')[0]!))];
    for (const old of calls.slice(0, Math.max(0, calls.length - KEPT_CALLS))) {
      for (const key of Object.keys(summaries)) if (key.startsWith(`${old} `)) delete summaries[key];
    }
    return { summaries };
  });
}

export function storeChoice(store: CallerSummaryStore, callId: string, choice: CallCitizenChoice | undefined): void {
  store.setState((state) => {
    const chosen = { ...state.chosen };
    if (choice === undefined) delete chosen[callId];
    else chosen[callId] = choice;
    const calls = Object.keys(chosen);
    for (const old of calls.slice(0, Math.max(0, calls.length - KEPT_CALLS))) delete chosen[old];
    return { chosen };
  });
}
