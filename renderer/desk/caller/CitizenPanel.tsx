/**
 * One citizen on the card: name and why this number leads to them, then their summary once read
 * (safety first, then the mirrored facts). Until then, or if the read fails, the screen-pop's
 * narrow card: district and care manager. Protected since the screen-pop: the marker alone.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { changeCitizen, chooseCitizen } from '../../caller/caller-actions.js';
import { selectSummary, useCallerSummaries } from '../../caller/caller-summary-store.js';
import type { CitizenView } from '../../phone/index.js';
import { CallNumberButton } from '../CallNumberButton.js';
import { useLink } from '../link-context.js';
import type { OpenCasesSlot } from './CallerCard.js';
import { CitizenSummaryView } from './CitizenSummaryView.js';

/** A lone citizen's summary is pushed right after the ring; a page that missed it (reloaded) asks after this. */
const PUSH_WAIT_MS = 2_000;

interface CitizenPanelProps {
  callId: string;
  citizen: Pick<CitizenView, 'citizenId' | 'name' | 'district'> & Partial<Pick<CitizenView, 'careManager' | 'viaRelative'>>;
  /** The agent chose this citizen among others (or from a search) and may choose again. */
  canChange: boolean;
  openCases?: OpenCasesSlot | undefined;
}

export function CitizenPanel({ callId, citizen, canChange, openCases }: CitizenPanelProps) {
  const { t } = useTranslation('caller');
  const phone = useTranslation('phone').t;
  const link = useLink();
  const summary = useCallerSummaries(selectSummary(callId, citizen.citizenId));
  const missing = summary === undefined;
  const { citizenId, name, district } = citizen;
  useEffect(() => {
    if (!missing) return undefined;
    // The core answers with the read it already made (or is making): no second look-up.
    const timer = setTimeout(() => void chooseCitizen(link, callId, { citizenId, name, district }), PUSH_WAIT_MS);
    return () => clearTimeout(timer);
  }, [missing, link, callId, citizenId, name, district]);
  if (summary?.kind === 'protected') {
    return (
      <div className="caller-card--protected" data-testid="caller-protected">
        <p className="caller-card__headline">{phone('caller.protected')}</p>
      </div>
    );
  }
  const relative = citizen.viaRelative;
  const manager = citizen.careManager;
  return (
    <article className="citizen" data-testid="citizen-panel" data-citizen-id={citizen.citizenId} aria-label={citizen.name}>
      <header className="citizen__header">
        <h3 className="citizen__name" data-testid="caller-name">
          {citizen.name}
        </h3>
        {canChange && (
          <button type="button" className="button button--quiet button--small" data-testid="change-citizen" onClick={() => changeCitizen(callId)}>
            {t('chooser.change')}
          </button>
        )}
      </header>
      {relative && (
        <p className="citizen__via-relative" data-testid="via-relative">
          {phone('caller.viaRelative', {
            name: relative.name,
            relation: phone(`caller.relation.${relative.relation}` as 'caller.relation.child', { defaultValue: relative.relation }),
          })}
          {relative.nextOfKin && ` · ${phone('caller.nextOfKin')}`}
        </p>
      )}
      {summary?.kind === 'citizen' ? (
        <CitizenSummaryView callId={callId} summary={summary} openCases={openCases} />
      ) : (
        <>
          <dl className="citizen__facts">
            <div>
              <dt>{t('facts.district')}</dt>
              <dd>{citizen.district}</dd>
            </div>
            {manager !== undefined && (
              <div>
                <dt>{t('facts.careManager')}</dt>
                <dd>
                  {manager ? (
                    <>
                      {manager.name}{' '}
                      {manager.phone ? <CallNumberButton number={manager.phone} testId="call-care-manager" /> : <span className="citizen__phone">{t('facts.noPhone')}</span>}
                    </>
                  ) : (
                    t('facts.noCareManager')
                  )}
                </dd>
              </div>
            )}
          </dl>
          {summary?.kind === 'failed' ? (
            <p className="citizen__summary-state citizen__summary-state--failed" role="status" data-testid="summary-failed">
              {t('summary.failed')}{' '}
              <button type="button" className="button button--quiet button--small" onClick={() => void chooseCitizen(link, callId, { citizenId, name, district })}>
                {t('summary.retry')}
              </button>
            </p>
          ) : (
            <p className="citizen__summary-state caller-card__pending" data-testid="summary-reading">
              {t('summary.reading')}
            </p>
          )}
        </>
      )}
    </article>
  );
}
