/**
 * The language the colleagues list is filtered by: the one the agent chose during this call, else
 * the caller's preferred language (from the card's summary) when a colleague speaks it, else the
 * agent's last choice, else all. So the next known caller starts from their own language.
 */
import type { LanguageOption } from '../../colleagues/languages.js';
import { selectSummary, useCallerSummaries } from '../../caller/caller-summary-store.js';
import { useChosenCitizen } from '../../caller/chosen-citizen.js';

export interface LanguageChoice {
  /** The call in view when the agent chose; undefined when there was none. */
  callId: string | undefined;
  language: string;
}

export function shownLanguage(choice: LanguageChoice | null, callId: string | undefined, callerLanguage: string | undefined, options: readonly LanguageOption[]): string {
  if (choice && choice.callId === callId) return choice.language;
  if (callerLanguage && options.some((option) => option.code === callerLanguage)) return callerLanguage;
  return choice?.language ?? '';
}

/** The preferred language of the citizen the call in view is about, once their summary is read. */
export function useCallerLanguage(callId: string | undefined): string | undefined {
  const chosen = useChosenCitizen(callId ?? '');
  const citizenId = chosen?.kind === 'citizen' ? chosen.citizen.citizenId : '';
  const summary = useCallerSummaries(selectSummary(callId ?? '', citizenId));
  return callId && summary?.kind === 'citizen' ? summary.safety.preferredLanguage : undefined;
}
