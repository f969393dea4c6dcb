/**
 * The citizen a call is about, for whoever registers the call (the case form): the one the agent
 * chose (from the chooser or a search), else the screen-pop's lone citizen, else nobody yet.
 * `{ kind: 'none' }` means the agent decided to go on without a citizen.
 */
import type { CallerIdentified } from '../../shared/contract/index.js';
import { phoneReader, selectCallerFor, usePhone } from '../phone/index.js';
import { callerSummaryStore, selectChoice, useCallerSummaries, type CallCitizenChoice } from './caller-summary-store.js';

export type { CallCitizenChoice, ChosenCitizen } from './caller-summary-store.js';

export function chosenCitizenOf(choice: CallCitizenChoice | undefined, identified: CallerIdentified | undefined): CallCitizenChoice | undefined {
  if (choice) return choice;
  const match = identified?.match;
  if (match?.kind !== 'citizens' || match.citizens.length !== 1) return undefined;
  const [lone] = match.citizens;
  return { kind: 'citizen', citizen: { citizenId: lone!.citizenId, name: lone!.name, district: lone!.district } };
}

/** React: the chosen citizen of `callId`, updated as the agent chooses. */
export function useChosenCitizen(callId: string): CallCitizenChoice | undefined {
  const choice = useCallerSummaries(selectChoice(callId));
  const identified = usePhone(selectCallerFor(callId));
  return chosenCitizenOf(choice, identified);
}

/** Outside React (saving a case, a draft): the same answer, read now. */
export function chosenCitizenFor(callId: string): CallCitizenChoice | undefined {
  return chosenCitizenOf(selectChoice(callId)(callerSummaryStore.getState()), selectCallerFor(callId)(phoneReader.getState()));
}
