/**
 * A read summary, in the order the agent needs it: what keeps the citizen safe, then the mirrored
 * facts, invoices, open cases (the case form's slot) and the last contacts.
 */
import { useTranslation } from 'react-i18next';
import type { CitizenSummary } from '../../../shared/contract/index.js';
import { formatDay } from '../../caller/caller-format.js';
import type { OpenCasesSlot } from './CallerCard.js';
import { Invoices } from './Invoices.js';
import { LastContacts } from './LastContacts.js';
import { MirroredFacts } from './MirroredFacts.js';
import { SafetyFacts } from './SafetyFacts.js';

export function CitizenSummaryView({ callId, summary, openCases }: { callId: string; summary: CitizenSummary; openCases?: OpenCasesSlot | undefined }) {
  const { t, i18n } = useTranslation('caller');
  return (
    <div className="citizen-summary" data-testid="citizen-summary">
      <SafetyFacts safety={summary.safety} />
      {/* Safety stays in view; the rest scrolls, so the call's buttons stay on a laptop screen. */}
      <div className="citizen-summary__more">
        <MirroredFacts summary={summary} />
        <Invoices invoices={summary.invoices} />
        {openCases && (
          <section className="citizen-summary__section" data-testid="open-cases-slot" aria-label={t('summary.openCases')}>
            {openCases({ callId, citizenId: summary.citizenId })}
          </section>
        )}
        <LastContacts contacts={summary.lastContacts} />
        <p className="citizen-summary__footer">
          <span>{t('summary.mirroredAt', { date: formatDay(summary.mirroredAt, i18n.language) })}</span>
          {summary.careSystemUrl && (
            <a className="citizen-summary__care-system" href={summary.careSystemUrl} target="_blank" rel="noopener noreferrer" data-testid="care-system-link">
              {t('careSystem.open')}
            </a>
          )}
        </p>
      </div>
    </div>
  );
}
