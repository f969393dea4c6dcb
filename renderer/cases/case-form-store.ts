/**
 * The quick case forms open on this desk: one per call (and any "new case" without a call), each
 * named by the client id its save will carry, which is also its draft's id. Every change goes to
 * the core's draft store at once; the core writes it within a fraction of a second.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Delivery, Taxonomy } from '../../shared/contract/index.js';
import { emptyFields, suggestHandlerGroup, type CaseFormFields } from './case-form-logic.js';

export type CaseFormOutcome =
  | { kind: 'editing' }
  | { kind: 'saving' }
  | { kind: 'saved'; delivery: Delivery; caseNumber?: number }
  | { kind: 'attached'; delivery: Delivery }
  | { kind: 'skipped' }
  /** The core said no: the form stays as typed, with why. */
  | { kind: 'refused'; messageKey: string };

export interface CaseForm {
  draftId: string;
  callId?: string;
  fields: CaseFormFields;
  outcome: CaseFormOutcome;
}

export interface FormRules {
  caseRequired: 'required' | 'optional';
  skipReasons: string[];
}

export interface CaseFormState {
  /** Oldest first. */
  forms: CaseForm[];
  /** The form on screen; null shows none. */
  shownId: string | null;
  taxonomy: Taxonomy | null;
  rules: FormRules | null;
}

export const caseFormStore = createStore<CaseFormState>(() => ({ forms: [], shownId: null, taxonomy: null, rules: null }));

export const useCaseForms = <T>(selector: (state: CaseFormState) => T): T => useStore(caseFormStore, selector);

export const selectShownForm = (state: CaseFormState): CaseForm | undefined => state.forms.find((form) => form.draftId === state.shownId);

/** Settled: nothing more to type; the form may close. */
export const isSettled = (form: CaseForm): boolean => ['saved', 'attached', 'skipped'].includes(form.outcome.kind);

/** The call's form, shown; made (prefilled) when the call has none yet. */
export function showFormForCall(callId: string, prefill: Partial<CaseFormFields>, newId: () => string = () => crypto.randomUUID()): CaseForm {
  const existing = caseFormStore.getState().forms.find((form) => form.callId === callId);
  if (existing) {
    caseFormStore.setState({ shownId: existing.draftId });
    return existing;
  }
  return addForm({ draftId: newId(), callId, fields: withSuggestion({ ...emptyFields, ...prefill }), outcome: { kind: 'editing' } });
}

/** A case without a call (a letter, a walk-in, a call that came before the desk started). */
export function showNewForm(newId: () => string = () => crypto.randomUUID()): CaseForm {
  return addForm({ draftId: newId(), fields: withSuggestion({ ...emptyFields }), outcome: { kind: 'editing' } });
}

export function showForm(draftId: string | null): void {
  caseFormStore.setState({ shownId: draftId });
}

/** Drafts found at start: back on screen as they were, the newest shown. */
export function restoreForms(drafts: { draftId: string; callId?: string | undefined; form: Record<string, string | boolean> }[]): void {
  const known = new Set(caseFormStore.getState().forms.map((form) => form.draftId));
  const restored = drafts
    .filter((draft) => !known.has(draft.draftId))
    .map((draft): CaseForm => ({
      draftId: draft.draftId,
      ...(draft.callId === undefined ? {} : { callId: draft.callId }),
      fields: fieldsFrom(draft.form),
      outcome: { kind: 'editing' },
    }));
  if (restored.length === 0) return;
  caseFormStore.setState((state) => ({ forms: [...state.forms, ...restored], shownId: restored.at(-1)!.draftId }));
}

/** The agent's change; the handler follows the suggestion until the agent picks one. */
export function changeFields(draftId: string, patch: Partial<CaseFormFields>): CaseForm | undefined {
  const chosen = patch.handlerGroupId !== undefined ? { handlerChosen: true } : {};
  return updateForm(draftId, (form) => ({ ...form, fields: withSuggestion({ ...form.fields, ...patch, ...chosen }), outcome: reopened(form.outcome) }));
}

/** Fills what the agent has not typed: prefill arriving after the form opened (the summary, a chosen citizen). */
export function fillBlanks(draftId: string, prefill: Partial<CaseFormFields>): CaseForm | undefined {
  return updateForm(draftId, (form) => {
    const blanks = Object.fromEntries(Object.entries(prefill).filter(([key]) => form.fields[key as keyof CaseFormFields] === ''));
    if (Object.keys(blanks).length === 0) return form;
    return { ...form, fields: withSuggestion({ ...form.fields, ...blanks }) };
  });
}

export function setOutcome(draftId: string, outcome: CaseFormOutcome): void {
  updateForm(draftId, (form) => ({ ...form, outcome }));
}

/** A settled or discarded form leaves the desk. */
export function removeForm(draftId: string): void {
  caseFormStore.setState((state) => ({ forms: state.forms.filter((form) => form.draftId !== draftId), shownId: state.shownId === draftId ? null : state.shownId }));
}

export function setTaxonomy(taxonomy: Taxonomy): void {
  caseFormStore.setState((state) => ({ taxonomy, forms: state.forms.map((form) => ({ ...form, fields: withSuggestion(form.fields, taxonomy) })) }));
}

export function setRules(rules: FormRules): void {
  caseFormStore.setState({ rules });
}

function addForm(form: CaseForm): CaseForm {
  caseFormStore.setState((state) => ({ forms: [...state.forms, form], shownId: form.draftId }));
  return form;
}

/** The form as changed; the store is left alone (no re-render) when the change changes nothing. */
function updateForm(draftId: string, change: (form: CaseForm) => CaseForm): CaseForm | undefined {
  const before = caseFormStore.getState().forms.find((form) => form.draftId === draftId);
  if (!before) return undefined;
  const after = change(before);
  if (after !== before) caseFormStore.setState((state) => ({ forms: state.forms.map((form) => (form.draftId === draftId ? after : form)) }));
  return after;
}

const reopened = (outcome: CaseFormOutcome): CaseFormOutcome => (outcome.kind === 'refused' ? { kind: 'editing' } : outcome);

function withSuggestion(fields: CaseFormFields, taxonomy = caseFormStore.getState().taxonomy): CaseFormFields {
  if (fields.handlerChosen || !taxonomy) return fields;
  return { ...fields, handlerGroupId: suggestHandlerGroup(fields, taxonomy) ?? '' };
}

function fieldsFrom(form: Record<string, string | boolean>): CaseFormFields {
  const fields: CaseFormFields = { ...emptyFields };
  for (const key of Object.keys(emptyFields) as (keyof CaseFormFields)[]) {
    const value = form[key];
    if (typeof value === typeof emptyFields[key]) (fields as unknown as Record<string, string | boolean>)[key] = value as string | boolean;
  }
  return fields;
}
