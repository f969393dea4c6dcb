/**
 * The quick case form: prefilled facts on top, then the fields in the order an agent fills them,
 * Tab by Tab, and Ctrl+Enter to save from any of them. What still stops a save is listed by the
 * button, and a refusal from the register is said in plain words with the form kept as typed.
 */
import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, Taxonomy } from '../../../shared/contract/index.js';
import { translateMessageKey } from '../../i18n/message-key.js';
import { editForm, saveForm } from '../../cases/case-form-actions.js';
import { formProblems, type CaseFormFields } from '../../cases/case-form-logic.js';
import type { CaseForm as CaseFormEntry } from '../../cases/case-form-store.js';
import { useLink } from '../link-context.js';
import { CASE_FORM_FIRST_FIELD_ID } from '../use-desk-shortcuts.js';
import { SuggestedArticles } from '../knowledge/SuggestedArticles.js';
import { CaseOutcome } from './CaseOutcome.js';
import { OpenCases } from './OpenCases.js';
import { TypeAhead } from './TypeAhead.js';

export function CaseForm({ form, taxonomy }: { form: CaseFormEntry; taxonomy: Taxonomy }) {
  const { t, i18n } = useTranslation('cases');
  const link = useLink();
  const ids = { problems: useId(), dueHint: useId() };
  const locale = i18n.language as Locale;
  const { fields, draftId } = form;
  const edit = (patch: Partial<CaseFormFields>) => editForm(link, draftId, patch);
  const problems = formProblems(fields);
  const problemOf = (field: keyof CaseFormFields) => problems.find((p) => p.field === field);
  const saving = form.outcome.kind === 'saving';
  const attaching = fields.attachCaseId !== '';
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && event.ctrlKey) {
      event.preventDefault();
      void saveForm(link, draftId);
    }
  };
  const nameIn = (entry: { names: Record<Locale, string> }) => entry.names[locale];
  const select = (id: string, label: string, value: string, options: { value: string; label: string }[], onChange: (v: string) => void, empty = t('form.choose')) => (
    <div className="case-form__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} data-testid={id} value={value} onChange={(event) => onChange(event.target.value)} aria-invalid={problemOf(fieldOf(id)) ? true : undefined}>
        <option value="">{empty}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      className="case-form"
      data-testid="case-form"
      data-draft-id={draftId}
      data-call-id={form.callId ?? ''}
      aria-describedby={problems.length > 0 ? ids.problems : undefined}
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void saveForm(link, draftId);
      }}
    >
      <dl className="case-form__context">
        <dt>{t('form.citizen')}</dt>
        <dd data-testid="case-form-citizen">{fields.citizenName || t('form.noCitizen')}</dd>
        {fields.callerDisplay && (
          <>
            <dt>{t('form.caller')}</dt>
            <dd data-testid="case-form-caller">{fields.callerDisplay}</dd>
          </>
        )}
        {fields.careManagerName && (
          <>
            <dt>{t('form.careManager')}</dt>
            <dd>{fields.careManagerName}</dd>
          </>
        )}
      </dl>
      {fields.citizenId && (
        <OpenCases citizenId={fields.citizenId} taxonomy={taxonomy} chosenCaseId={fields.attachCaseId} onChoose={(caseId) => edit({ attachCaseId: caseId })} />
      )}
      {!attaching && (
        <div className="case-form__grid">
          <TypeAhead
            id={CASE_FORM_FIRST_FIELD_ID}
            label={t('form.caseType')}
            hint={t('form.caseTypeHint')}
            noMatch={t('form.noMatch')}
            entries={taxonomy.caseTypes}
            locale={locale}
            value={fields.caseType}
            invalid={problemOf('caseType') !== undefined}
            onChoose={(caseType) => edit({ caseType })}
          />
          {select('case-form-case-class', t('form.caseClass'), fields.caseClass, taxonomy.caseClasses.map((c) => ({ value: c.code, label: nameIn(c) })), (caseClass) => edit({ caseClass }))}
          {select('case-form-district', t('form.district'), fields.districtId, taxonomy.districts.map((d) => ({ value: d.id, label: `${d.name} (${d.municipality})` })), (districtId) => edit({ districtId }), t('form.none'))}
          {select(
            'case-form-provider',
            t('form.provider'),
            fields.providerId,
            taxonomy.providers.filter((p) => !fields.districtId || p.districtId === fields.districtId || p.id === fields.providerId).map((p) => ({ value: p.id, label: p.name })),
            (providerId) => edit({ providerId }),
            t('form.none'),
          )}
          <div className="case-form__field">
            <label htmlFor="case-form-unit">{t('form.unit')}</label>
            <input id="case-form-unit" type="text" maxLength={200} value={fields.unit} onChange={(event) => edit({ unit: event.target.value })} />
          </div>
          {select(
            'case-form-handler',
            fields.handlerChosen ? t('form.handler') : `${t('form.handler')} (${t('form.suggested')})`,
            fields.handlerGroupId,
            taxonomy.handlerGroups.map((g) => ({ value: g.id, label: g.name })),
            (handlerGroupId) => edit({ handlerGroupId }),
            t('form.none'),
          )}
          <div className="case-form__field case-form__field--check">
            <input id="case-form-resolved" type="checkbox" data-testid="case-form-resolved" checked={fields.resolved} onChange={(event) => edit({ resolved: event.target.checked })} />
            <label htmlFor="case-form-resolved">{t('form.resolved')}</label>
          </div>
          {!fields.resolved && (
            <>
              {select('case-form-channel', t('form.feedbackChannel'), fields.feedbackChannel, taxonomy.feedbackChannels.map((c) => ({ value: c.code, label: nameIn(c) })), (feedbackChannel) => edit({ feedbackChannel }))}
              <div className="case-form__field">
                <label htmlFor="case-form-contact">{t('form.feedbackContact')}</label>
                <input
                  id="case-form-contact"
                  data-testid="case-form-contact"
                  type={fields.feedbackChannel === 'email' ? 'email' : fields.feedbackChannel === 'phone' || fields.feedbackChannel === 'sms' ? 'tel' : 'text'}
                  maxLength={200}
                  value={fields.feedbackContact}
                  aria-invalid={problemOf('feedbackContact') ? true : undefined}
                  onChange={(event) => edit({ feedbackContact: event.target.value })}
                />
              </div>
              <div className="case-form__field">
                <label htmlFor="case-form-due">{t('form.dueDate')}</label>
                <input id="case-form-due" data-testid="case-form-due" type="date" value={fields.dueDate} aria-describedby={ids.dueHint} onChange={(event) => edit({ dueDate: event.target.value })} />
                <span id={ids.dueHint} className="case-form__hint">
                  {t('form.dueDateHint')}
                </span>
              </div>
            </>
          )}
        </div>
      )}
      {!attaching && <SuggestedArticles caseTypeCode={fields.caseType || undefined} />}
      <div className="case-form__field case-form__field--wide">
        <label htmlFor="case-form-notes">{t('form.notes')}</label>
        <textarea id="case-form-notes" data-testid="case-form-notes" rows={2} maxLength={20_000} value={fields.notes} onChange={(event) => edit({ notes: event.target.value })} />
      </div>
      {problems.length > 0 && (
        <ul id={ids.problems} className="case-form__problems" data-testid="case-form-problems">
          {problems.map((p) => (
            <li key={p.field}>{t(`problems.${p.problem}`)}</li>
          ))}
        </ul>
      )}
      {form.outcome.kind === 'refused' && (
        <p className="case-form__refused" role="alert" data-testid="case-form-refused">
          {translateMessageKey(i18n, form.outcome.messageKey)}
        </p>
      )}
      <CaseOutcome form={form} />
      <div className="case-form__actions">
        <button type="submit" className="button button--primary" data-testid="case-form-save" aria-keyshortcuts="Control+Enter" disabled={saving}>
          {saving ? t('form.saving') : attaching ? t('form.attach') : t('form.save')} <kbd>Ctrl+Enter</kbd>
        </button>
        <span className="case-form__hint">{t('form.keys')}</span>
      </div>
    </form>
  );
}

const fieldOf = (id: string): keyof CaseFormFields =>
  ({ 'case-form-case-class': 'caseClass', 'case-form-channel': 'feedbackChannel' })[id] as keyof CaseFormFields;
