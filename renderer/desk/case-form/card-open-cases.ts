/**
 * Which case form the caller card's open cases act on: the call's own form, while it is still
 * being filled in for the same citizen. Before the answer (no form yet), after the save, or for
 * another citizen than the form's, the card lists the cases without offering to attach.
 */
import { isSettled, type CaseForm } from '../../cases/case-form-store.js';

export function attachableForm(forms: readonly CaseForm[], callId: string, citizenId: string): CaseForm | undefined {
  const form = forms.find((entry) => entry.callId === callId);
  return form && !isSettled(form) && form.fields.citizenId === citizenId ? form : undefined;
}
