/**
 * A caller the number does not tell: search the register by name, address or personal identity
 * number (each search audited), choose a result (its summary is read, audited, and the citizen is
 * the call's), or go on without a citizen.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CitizenSearchHit } from '../../../shared/contract/index.js';
import { changeCitizen, chooseCitizen, continueWithoutCitizen, searchCitizens } from '../../caller/caller-actions.js';
import type { CallCitizenChoice } from '../../caller/caller-summary-store.js';
import { translateMessageKey } from '../../i18n/message-key.js';
import { useLink } from '../link-context.js';
import type { OpenCasesSlot } from './CallerCard.js';
import { CitizenPanel } from './CitizenPanel.js';

type Found = { kind: 'idle' } | { kind: 'searching' } | { kind: 'hits'; hits: CitizenSearchHit[] } | { kind: 'error'; messageKey: string };

export function CitizenSearch({ callId, choice, openCases }: { callId: string; choice: CallCitizenChoice | undefined; openCases?: OpenCasesSlot | undefined }) {
  const { t, i18n } = useTranslation('caller');
  const link = useLink();
  const inputId = useId();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Found>({ kind: 'idle' });
  if (choice?.kind === 'citizen') return <CitizenPanel callId={callId} citizen={choice.citizen} canChange openCases={openCases} />;
  if (choice?.kind === 'none') {
    return (
      <p className="citizen-search__none" data-testid="without-citizen">
        {t('search.withoutCitizenChosen')}{' '}
        <button type="button" className="button button--quiet button--small" onClick={() => changeCitizen(callId)}>
          {t('search.searchAgain')}
        </button>
      </p>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (query.trim().length < 2) return;
    setFound({ kind: 'searching' });
    const result = await searchCitizens(link, callId, query.trim());
    setFound('hits' in result ? { kind: 'hits', hits: result.hits } : { kind: 'error', messageKey: result.error.messageKey });
  };
  return (
    <section className="citizen-search" data-testid="citizen-search">
      <form className="citizen-search__form" role="search" onSubmit={(event) => void submit(event)}>
        <label htmlFor={inputId}>{t('search.label')}</label>
        <div className="citizen-search__row">
          <input id={inputId} type="search" autoComplete="off" spellCheck={false} minLength={2} maxLength={200} value={query} data-testid="citizen-search-input" onChange={(event) => setQuery(event.target.value)} />
          <button type="submit" className="button" data-testid="citizen-search-submit" disabled={found.kind === 'searching'}>
            {t('search.submit')}
          </button>
        </div>
      </form>
      <div role="status" className="citizen-search__status" data-testid="citizen-search-status">
        {found.kind === 'searching' && t('search.searching')}
        {found.kind === 'hits' && (found.hits.length === 0 ? t('search.noResults') : t('search.found', { count: found.hits.length }))}
        {found.kind === 'error' && translateMessageKey(i18n, found.messageKey)}
      </div>
      {found.kind === 'hits' && found.hits.length > 0 && (
        <ul className="citizen-search__hits">
          {found.hits.map((hit) => (
            <li key={hit.citizenId}>
              <button
                type="button"
                className="citizen-chooser__choose"
                data-testid="search-hit"
                aria-label={t('search.choose', { name: hit.name })}
                onClick={() => void chooseCitizen(link, callId, { citizenId: hit.citizenId, name: hit.name, district: hit.district })}
              >
                <span className="citizen__name">{hit.name}</span>
                <span className="citizen-chooser__reason">{[hit.district, hit.personalIdentityNumber].filter(Boolean).join(' · ')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button button--quiet" data-testid="continue-without-citizen" onClick={() => continueWithoutCitizen(callId)}>
        {t('search.withoutCitizen')}
      </button>
    </section>
  );
}
