/**
 * A citizen's open cases, newest first, each one a choice to add the call to instead of a new
 * case. Standalone: the caller card can show it too, with or without the choice.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, OpenCase, Taxonomy } from '../../../shared/contract/index.js';
import { useLink } from '../link-context.js';
import { dateTimeFormat } from '../../i18n/intl-cache.js';

export interface OpenCasesProps {
  citizenId: string;
  taxonomy: Taxonomy | null;
  /** With these, each case can be chosen ('' = a new case); without them, a plain list. */
  chosenCaseId?: string;
  onChoose?: (caseId: string, caseNumber: number | undefined) => void;
}

export function OpenCases({ citizenId, taxonomy, chosenCaseId, onChoose }: OpenCasesProps) {
  const { t, i18n } = useTranslation('cases');
  const link = useLink();
  const titleId = useId();
  const [cases, setCases] = useState<OpenCase[] | 'failed' | null>(null);
  useEffect(() => {
    let current = true;
    void link.request('cases.listOpenCases', { citizenId }).then((result) => {
      if (current) setCases(result.ok ? result.value.openCases : 'failed');
    });
    return () => {
      current = false;
    };
  }, [link, citizenId]);
  if (cases === null) return null;
  const locale = i18n.language as Locale;
  const nameOf = (list: Taxonomy['caseTypes'] | undefined, code: string) => list?.find((entry) => entry.code === code)?.names[locale] ?? code;
  const date = (iso: string) => dateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso.length === 10 ? `${iso}T12:00:00` : iso));
  return (
    <fieldset className="open-cases" data-testid="open-cases" aria-labelledby={titleId}>
      <legend id={titleId}>{t('openCases.title')}</legend>
      {cases === 'failed' && <p role="status">{t('openCases.failed')}</p>}
      {cases !== 'failed' && cases.length === 0 && <p className="open-cases__none">{t('openCases.none')}</p>}
      {cases !== 'failed' && cases.length > 0 && (
        <ul className="open-cases__list">
          {onChoose && (
            <li>
              <label>
                <input type="radio" name={titleId} checked={chosenCaseId === ''} onChange={() => onChoose('', undefined)} /> {t('openCases.newCase')}
              </label>
            </li>
          )}
          {cases.map((open) => {
            const number = t('caseNumber', { number: String(open.caseNumber).padStart(6, '0') });
            const text = (
              <>
                <strong>{number}</strong> {nameOf(taxonomy?.caseTypes, open.caseTypeCode)} / {nameOf(taxonomy?.caseClasses, open.caseClassCode)}
                <span className="open-cases__dates">
                  {t('openCases.created', { date: date(open.createdAt) })}
                  {open.dueDate && ` · ${t('openCases.due', { date: date(open.dueDate) })}`}
                </span>
              </>
            );
            return (
              <li key={open.caseId} data-testid="open-case">
                {onChoose ? (
                  <label>
                    <input
                      type="radio"
                      name={titleId}
                      checked={chosenCaseId === open.caseId}
                      aria-label={t('openCases.attachTo', { number })}
                      onChange={() => onChoose(open.caseId, open.caseNumber)}
                    />{' '}
                    {text}
                  </label>
                ) : (
                  text
                )}
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
