/**
 * Where the quick case form lives on the desk: it opens by itself when an inbound call is
 * answered, stays through wrap-up after the call is gone, comes back from a draft after a crash,
 * and opens empty for a case without a call. Unfinished forms of earlier calls stay one Tab away.
 */
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { selectSummary, useCallerSummaries } from '../../caller/caller-summary-store.js';
import { useChosenCitizen } from '../../caller/chosen-citizen.js';
import { discardForm, prefillForm, startCaseFormSync } from '../../cases/case-form-actions.js';
import { isSettled, removeForm, selectShownForm, showForm, showFormForCall, showNewForm, useCaseForms, type CaseForm as CaseFormEntry } from '../../cases/case-form-store.js';
import { prefillFor } from '../../cases/case-prefill.js';
import { selectCallerFor, selectFocusCall, usePhone } from '../../phone/index.js';
import { useLink } from '../link-context.js';
import { showWorkspaceTab } from '../workspace/workspace-tab.js';
import { CaseForm } from './CaseForm.js';

export const CASE_FORM_PANEL_ID = 'case-form-panel';
const FORM_AFTER_ANSWER_MS = 400;

export function CaseFormPanel() {
  const { t } = useTranslation('cases');
  const link = useLink();
  const titleId = useId();
  const focus = usePhone(selectFocusCall);
  const answeredCallId = focus && focus.direction === 'inbound' && focus.answeredAt !== undefined ? focus.callId : undefined;
  const shown = useCaseForms(selectShownForm);
  const taxonomy = useCaseForms((state) => state.taxonomy);
  const others = useCaseForms(useShallow((state) => state.forms.filter((form) => form.draftId !== state.shownId && !isSettled(form))));

  useEffect(() => void startCaseFormSync(link), [link]);
  useEffect(() => {
    if (!answeredCallId) return;
    // The answered call's form comes to the front of the workspace, wherever the agent was
    // reading; a moment after the answer, while the agent greets the caller, so that drawing the
    // form does not compete with the call's first audio (phone benchmark, answer -> two-way audio).
    const timer = setTimeout(() => {
      showFormForCall(answeredCallId, {});
      showWorkspaceTab('case');
    }, FORM_AFTER_ANSWER_MS);
    return () => clearTimeout(timer);
  }, [answeredCallId]);

  return (
    <section id={CASE_FORM_PANEL_ID} className="case-form-panel" aria-labelledby={titleId} data-testid="case-form-panel" tabIndex={-1}>
      <header className="case-form-panel__header">
        <h2 id={titleId}>{shown ? (shown.callId ? t('form.titleCall') : t('form.titleNew')) : t('form.titleNew')}</h2>
        <div className="case-form-panel__tabs">
          {others.map((form) => (
            <button key={form.draftId} type="button" className="button button--quiet" data-testid="case-form-other" onClick={() => showForm(form.draftId)}>
              {form.fields.citizenName || form.fields.callerDisplay || t('form.titleNew')}
            </button>
          ))}
          {shown && !shown.callId && !isSettled(shown) && (
            <button type="button" className="button button--quiet" onClick={() => void discardForm(link, shown.draftId)}>
              {t('form.discard')}
            </button>
          )}
          {shown && isSettled(shown) && (
            <button type="button" className="button button--quiet" data-testid="case-form-close" onClick={() => removeForm(shown.draftId)}>
              {t('form.close')}
            </button>
          )}
          <button type="button" className="button button--quiet" data-testid="case-form-new" onClick={() => showNewForm()}>
            {t('form.newCase')}
          </button>
        </div>
      </header>
      {shown && taxonomy && (shown.callId ? <CallPrefill form={shown} callId={shown.callId} /> : null)}
      {shown && taxonomy && <CaseForm key={shown.draftId} form={shown} taxonomy={taxonomy} />}
    </section>
  );
}

/** Keeps filling the call's form from the card as it arrives (the summary, the agent's choice of citizen). */
function CallPrefill({ form, callId }: { form: CaseFormEntry; callId: string }) {
  const link = useLink();
  const call = usePhone((state) => state.calls[callId]);
  const identified = usePhone(selectCallerFor(callId));
  const chosen = useChosenCitizen(callId);
  const citizenId = chosen?.kind === 'citizen' ? chosen.citizen.citizenId : '';
  const summary = useCallerSummaries(selectSummary(callId, citizenId));
  const taxonomy = useCaseForms((state) => state.taxonomy);
  useEffect(() => {
    if (!call) return;
    prefillForm(link, form.draftId, prefillFor(call, identified, chosen, summary, taxonomy));
  }, [link, form.draftId, call, identified, chosen, summary, taxonomy]);
  return null;
}
