/**
 * The caller's card, before and during the call: the routine marker alone for a protected
 * identity; a chooser when several citizens share the number (nothing personal before a choice);
 * the chosen or lone citizen's summary; the number and a search when nobody is known.
 */
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { selectChoice, selectSummary, useCallerSummaries } from '../../caller/caller-summary-store.js';
import type { CallerCardView } from '../../phone/index.js';
import { CitizenChooser } from './CitizenChooser.js';
import { CitizenPanel } from './CitizenPanel.js';
import { CitizenSearch } from './CitizenSearch.js';

/** Where the open cases of a citizen go (the case form's part): rendered inside the summary. */
export type OpenCasesSlot = (props: { callId: string; citizenId: string }) => ReactNode;

/** Memoised: it is the largest part of a call's panel, and its props change only with what it shows (use-caller-card.ts). */
export const CallerCard = memo(function CallerCard({ card, callId, openCases }: { card: CallerCardView; callId: string; openCases?: OpenCasesSlot }) {
  const { t } = useTranslation('phone');
  const choice = useCallerSummaries(selectChoice(callId));
  const lone = card.kind === 'citizens' && card.citizens.length === 1 ? card.citizens[0] : undefined;
  const chosen = card.kind === 'citizens' ? (lone ?? card.citizens.find((citizen) => choice?.kind === 'citizen' && choice.citizen.citizenId === citizen.citizenId)) : undefined;
  const chosenSummary = useCallerSummaries((state) => (chosen ? selectSummary(callId, chosen.citizenId)(state) : undefined));
  // Protected since the screen-pop: the marker alone, the number too is gone.
  if (card.kind === 'protected' || chosenSummary?.kind === 'protected') {
    return (
      <div className="caller-card caller-card--protected" data-testid="caller-protected">
        <p className="caller-card__headline">{t('caller.protected')}</p>
      </div>
    );
  }
  switch (card.kind) {
    case 'unknown':
    case 'lookupFailed':
      return (
        <div className={card.kind === 'lookupFailed' ? 'caller-card caller-card--failed' : 'caller-card'}>
          <p className="caller-card__headline" data-testid={card.kind === 'unknown' ? 'unknown-caller' : 'lookup-failed'}>
            {t(card.kind === 'unknown' ? 'caller.unknown' : 'caller.lookupFailed')}
          </p>
          <p className="caller-card__number" data-testid="caller-number">
            {card.number}
          </p>
          <CitizenSearch callId={callId} choice={choice} openCases={openCases} />
        </div>
      );
    case 'identifying':
      return (
        <div className="caller-card">
          <p className="caller-card__headline" data-testid="caller-number">
            {card.number}
          </p>
          <p className="caller-card__pending">{t('caller.identifying')}</p>
        </div>
      );
    case 'citizens':
      return (
        <div className="caller-card">
          {chosen ? (
            <CitizenPanel callId={callId} citizen={chosen} canChange={lone === undefined} openCases={openCases} />
          ) : (
            <CitizenChooser callId={callId} citizens={card.citizens} />
          )}
          <p className="caller-card__number">
            <span className="label">{t('caller.number')}</span> <span data-testid="caller-number">{card.number}</span>
          </p>
        </div>
      );
  }
});
