/**
 * "Colleagues by language": everyone on the line with their languages, level and state, Ready
 * first, filtered by a language named in the agent's own (at first the caller's preferred one).
 * During a connected call a colleague is one click away as a consult or a transfer (their SIP user
 * is their extension); otherwise a call.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Colleague } from '../../../shared/contract/index.js';
import { languageName, languageOptions, speaking } from '../../colleagues/languages.js';
import { startColleaguesSync, useColleagues } from '../../colleagues/colleagues-store.js';
import { selectFocusCall, usePhone } from '../../phone/index.js';
import { reportResult } from '../action-errors.js';
import { dialNumber } from '../desk-actions.js';
import { useLink } from '../link-context.js';
import { isRunning, selectTransferFor, useTransfers } from '../transfer-mirror.js';
import { shownLanguage, useCallerLanguage, type LanguageChoice } from './colleague-language.js';

export function ColleaguesPanel() {
  const { t, i18n } = useTranslation('team');
  const link = useLink();
  useEffect(() => startColleaguesSync(link), [link]);
  const colleagues = useColleagues((state) => state.colleagues);
  const callId = usePhone(selectFocusCall)?.callId;
  const callerLanguage = useCallerLanguage(callId);
  const [choice, setChoice] = useState<LanguageChoice | null>(null);
  const options = useMemo(() => languageOptions(colleagues ?? [], i18n.language), [colleagues, i18n.language]);
  const language = shownLanguage(choice, callId, callerLanguage, options);
  const shown = speaking(colleagues ?? [], language || null);
  const titleId = useId();
  const filterId = useId();
  return (
    <section className="side-panel colleagues" data-testid="colleagues" aria-labelledby={titleId}>
      <h2 id={titleId} className="side-panel__title">
        {t('colleagues.title')}
      </h2>
      {colleagues === null ? (
        <p className="side-panel__empty">{t('colleagues.unavailable')}</p>
      ) : (
        <>
          <div className="colleagues__filter">
            <label htmlFor={filterId}>{t('colleagues.language')}</label>
            <select id={filterId} value={language} data-testid="colleague-language" onChange={(event) => setChoice({ callId, language: event.target.value })}>
              <option value="">{t('colleagues.anyLanguage')}</option>
              {options.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.name}
                </option>
              ))}
            </select>
          </div>
          {shown.length === 0 ? (
            <p className="side-panel__empty">{t('colleagues.none')}</p>
          ) : (
            <ul className="colleagues__items">
              {shown.map((colleague) => (
                <ColleagueItem key={colleague.sipUser} colleague={colleague} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function ColleagueItem({ colleague }: { colleague: Colleague }) {
  const { t, i18n } = useTranslation('team');
  const link = useLink();
  const focus = usePhone(selectFocusCall);
  const transfer = useTransfers(selectTransferFor(focus?.callId ?? ''));
  // Handing on needs a connected caller with no transfer already under way.
  const caller = focus?.state === 'active' && !(transfer && isRunning(transfer)) ? focus : undefined;
  const languages = colleague.languages.map((code) => languageName(code, i18n.language)).join(', ');
  const hand = async (channel: 'transfer.startConsult' | 'transfer.blind') => {
    if (caller) reportResult(await link.request(channel, { callId: caller.callId, number: colleague.sipUser }));
  };
  const call = async () => {
    const refused = await dialNumber(link, colleague.sipUser);
    reportResult(refused ? { ok: false, error: refused } : { ok: true, value: {} });
  };
  return (
    <li className={`colleagues__item colleagues__item--${colleague.state}`} data-testid="colleague-item" data-sip-user={colleague.sipUser} data-state={colleague.state}>
      <div className="colleagues__text">
        <span className="colleagues__name">
          {colleague.displayName}
          <span className="colleagues__level"> · {t('colleagues.level', { level: colleague.level })}</span>
        </span>
        <span className="colleagues__meta">
          <span className={`colleagues__state colleagues__state--${colleague.state}`}>{t(`colleagues.state.${colleague.state}`)}</span> · {languages}
        </span>
      </div>
      <div className="colleagues__actions">
        {caller ? (
          <>
            <button type="button" className="button button--quiet" data-testid="colleague-consult" aria-label={t('colleagues.consultLabel', { name: colleague.displayName })} onClick={() => void hand('transfer.startConsult')}>
              {t('colleagues.consult')}
            </button>
            <button type="button" className="button button--quiet" data-testid="colleague-transfer" aria-label={t('colleagues.transferLabel', { name: colleague.displayName })} onClick={() => void hand('transfer.blind')}>
              {t('colleagues.transfer')}
            </button>
          </>
        ) : (
          <button type="button" className="button button--quiet" data-testid="colleague-call" aria-label={t('colleagues.callLabel', { name: colleague.displayName })} onClick={() => void call()}>
            {t('colleagues.call')}
          </button>
        )}
      </div>
    </li>
  );
}
