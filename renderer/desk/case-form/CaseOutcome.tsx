/**
 * What became of the form (saved with its number, kept on this workstation, added, skipped), and
 * while the call's case is still owed: the wrap-up rule in words, and skipping with a reason.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { skipForm } from '../../cases/case-form-actions.js';
import { isSettled, useCaseForms, type CaseForm } from '../../cases/case-form-store.js';
import { useAgentState } from '../agent-state-mirror.js';
import { useLink } from '../link-context.js';
import { useNow } from '../use-now.js';

export function CaseOutcome({ form }: { form: CaseForm }) {
  const { t } = useTranslation('cases');
  const { outcome } = form;
  if (outcome.kind === 'saved') {
    const text =
      outcome.delivery === 'queued'
        ? t('outcome.queued')
        : outcome.caseNumber === undefined
          ? t('outcome.savedNoNumber')
          : t('outcome.saved', { number: t('caseNumber', { number: String(outcome.caseNumber).padStart(6, '0') }) });
    return (
      <p className="case-form__outcome" role="status" data-testid="case-form-outcome" data-delivery={outcome.delivery}>
        {text}
      </p>
    );
  }
  if (outcome.kind === 'attached' || outcome.kind === 'skipped') {
    return (
      <p className="case-form__outcome" role="status" data-testid="case-form-outcome">
        {outcome.kind === 'skipped' ? t('outcome.skipped') : outcome.delivery === 'queued' ? t('outcome.queued') : t('outcome.attached')}
      </p>
    );
  }
  return form.callId && !isSettled(form) ? <OwedCase form={form} /> : null;
}

function OwedCase({ form }: { form: CaseForm }) {
  const { t } = useTranslation('cases');
  const link = useLink();
  const rules = useCaseForms((state) => state.rules);
  const status = useAgentState((state) => state.status);
  const wrappingUp = status?.state === 'wrapUp';
  const now = useNow(wrappingUp && status.wrapUpEndsAt !== undefined);
  const selectId = useId();
  const [reason, setReason] = useState('');
  if (!rules) return null;
  const over = wrappingUp && status.wrapUpEndsAt !== undefined && now >= status.wrapUpEndsAt;
  const chosen = reason || rules.skipReasons[0] || '';
  return (
    <div className="case-form__owed">
      {rules.caseRequired === 'required' && (
        <p className={over ? 'case-form__wrap-up case-form__wrap-up--over' : 'case-form__wrap-up'} role="status" data-testid="case-form-wrap-up">
          {over ? t('wrapUp.over') : t('wrapUp.required')}
        </p>
      )}
      <div className="case-form__skip">
        <label htmlFor={selectId}>{t('form.skipReason')}</label>
        <select id={selectId} data-testid="case-form-skip-reason" value={chosen} onChange={(event) => setReason(event.target.value)}>
          {rules.skipReasons.map((code) => (
            <option key={code} value={code}>
              {t(`skipReasons.${code}` as 'skipReasons.wrongNumber', { defaultValue: code })}
            </option>
          ))}
        </select>
        <button type="button" className="button button--quiet" data-testid="case-form-skip" onClick={() => void skipForm(link, form.draftId, chosen)}>
          {t('form.skipButton')}
        </button>
      </div>
    </div>
  );
}
