/**
 * What the agent does on the caller card: choose a citizen (which reads their summary, audited,
 * once per call and citizen), go on without one, and search the register for an unknown caller.
 */
import type { CitizenSearchHit, ContractError } from '../../shared/contract/index.js';
import type { RendererSideLink } from '../../shared/messaging/links.js';
import { callerSummaryStore, storeChoice, storeSummary, summaryKey, type CallerSummaryStore, type ChosenCitizen } from './caller-summary-store.js';

export async function chooseCitizen(link: RendererSideLink, callId: string, citizen: ChosenCitizen, store: CallerSummaryStore = callerSummaryStore): Promise<void> {
  storeChoice(store, callId, { kind: 'citizen', citizen });
  const known = store.getState().summaries[summaryKey(callId, citizen.citizenId)];
  // Read once; a failed read may be tried again.
  if (known !== undefined && known.kind !== 'failed') return;
  storeSummary(store, { callId, citizenId: citizen.citizenId, summary: { kind: 'reading' } });
  const result = await link.request('citizens.readSummary', { callId, citizenId: citizen.citizenId });
  storeSummary(store, result.ok ? result.value : { callId, citizenId: citizen.citizenId, summary: { kind: 'failed' } });
}

/** Back to the chooser (several citizens) or the search (unknown caller). */
export function changeCitizen(callId: string, store: CallerSummaryStore = callerSummaryStore): void {
  storeChoice(store, callId, undefined);
}

export function continueWithoutCitizen(callId: string, store: CallerSummaryStore = callerSummaryStore): void {
  storeChoice(store, callId, { kind: 'none' });
}

export async function searchCitizens(link: RendererSideLink, callId: string, query: string): Promise<{ hits: CitizenSearchHit[] } | { error: ContractError }> {
  const result = await link.request('citizens.search', { callId, query });
  return result.ok ? result.value : { error: result.error };
}
