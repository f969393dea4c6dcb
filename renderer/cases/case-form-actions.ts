/**
 * What the case form asks of the core: its taxonomy, rules and drafts at connect, a draft on
 * every change, the due date when a case is left open, and the save or skip that settles it.
 */
import type { Draft } from '../../shared/contract/index.js';
import type { RendererSideLink } from '../../shared/messaging/links.js';
import { formProblems, toCaseInformation, toNewCase, type CaseFormFields } from './case-form-logic.js';
import { caseFormStore, changeFields, fillBlanks, removeForm, restoreForms, setOutcome, setRules, setTaxonomy, type CaseForm } from './case-form-store.js';

/** Reads what the form needs and puts back any draft left from before a crash. */
export async function startCaseFormSync(link: RendererSideLink): Promise<void> {
  const [taxonomy, rules, drafts] = await Promise.all([
    link.request('cases.getTaxonomy', {}),
    link.request('cases.getFormRules', {}),
    link.request('drafts.list', {}),
  ]);
  if (taxonomy.ok) setTaxonomy(taxonomy.value);
  if (rules.ok) setRules(rules.value);
  if (drafts.ok) restoreForms(drafts.value.drafts);
}

export function keepDraft(link: RendererSideLink, form: CaseForm | undefined): void {
  if (!form) return;
  const draft: Omit<Draft, 'savedAt'> = { draftId: form.draftId, form: { ...form.fields }, ...(form.callId === undefined ? {} : { callId: form.callId }) };
  void link.request('drafts.save', draft);
}

/** The agent typed or chose: kept in the store and in the draft; a case left open gets its due date. */
export function editForm(link: RendererSideLink, draftId: string, patch: Partial<CaseFormFields>): void {
  const form = changeFields(draftId, patch);
  keepDraft(link, form);
  if (form && patch.resolved === false && form.fields.dueDate === '') {
    void link.request('cases.getFeedbackDue', {}).then((due) => {
      if (due.ok) keepDraft(link, fillBlanks(draftId, { dueDate: due.value.dueDate }));
    });
  }
}

export function prefillForm(link: RendererSideLink, draftId: string, prefill: Partial<CaseFormFields>): void {
  const before = formOf(draftId);
  const after = fillBlanks(draftId, prefill);
  if (after !== before) keepDraft(link, after);
}

/** Saves (or attaches); a refusal keeps the form with the reason. Problems the form can see stop it before sending. */
export async function saveForm(link: RendererSideLink, draftId: string): Promise<void> {
  const form = formOf(draftId);
  if (!form || form.outcome.kind === 'saving' || formProblems(form.fields).length > 0) return;
  setOutcome(draftId, { kind: 'saving' });
  const { fields, callId } = form;
  if (fields.attachCaseId) {
    const result = await link.request('cases.addCaseInformation', toCaseInformation(fields, draftId, callId));
    setOutcome(draftId, result.ok ? { kind: 'attached', delivery: result.value.delivery } : { kind: 'refused', messageKey: result.error.messageKey });
    return;
  }
  const result = await link.request('cases.saveCase', toNewCase(fields, draftId, callId));
  if (!result.ok) {
    setOutcome(draftId, { kind: 'refused', messageKey: result.error.messageKey });
    return;
  }
  const { delivery, caseNumber } = result.value;
  setOutcome(draftId, { kind: 'saved', delivery, ...(caseNumber === undefined ? {} : { caseNumber }) });
}

export async function skipForm(link: RendererSideLink, draftId: string, reason: string): Promise<void> {
  const form = formOf(draftId);
  if (!form?.callId) return;
  const result = await link.request('cases.skipCase', { clientId: draftId, callId: form.callId, reason });
  setOutcome(draftId, result.ok ? { kind: 'skipped' } : { kind: 'refused', messageKey: result.error.messageKey });
}

/** A form without a call, thrown away: its draft goes too. */
export async function discardForm(link: RendererSideLink, draftId: string): Promise<void> {
  removeForm(draftId);
  await link.request('drafts.discard', { draftId });
}

const formOf = (draftId: string) => caseFormStore.getState().forms.find((form) => form.draftId === draftId);
