/**
 * The facts mirrored from the care system, and only those: masked identity number, address,
 * district, care manager (click-to-call), current decisions and providers, and the fee basis.
 */
import { useTranslation } from 'react-i18next';
import type { CitizenSummary } from '../../../shared/contract/index.js';
import { formatDay, formatMoney } from '../../caller/caller-format.js';
import { CallNumberButton } from '../CallNumberButton.js';

export function MirroredFacts({ summary }: { summary: CitizenSummary }) {
  const { t, i18n } = useTranslation('caller');
  const locale = i18n.language;
  const { careManager: manager, feeBasis: fee } = summary;
  return (
    <dl className="citizen__facts citizen-summary__facts" data-testid="mirrored-facts">
      <div>
        <dt>{t('facts.identityNumber')}</dt>
        <dd data-testid="identity-number">{summary.personalIdentityNumber ?? '–'}</dd>
      </div>
      <div>
        <dt>{t('facts.address')}</dt>
        <dd>{[summary.address.street, `${summary.address.postalCode} ${summary.address.city}`.trim()].filter(Boolean).join(', ')}</dd>
      </div>
      <div>
        <dt>{t('facts.district')}</dt>
        <dd>{summary.district.name}</dd>
      </div>
      <div>
        <dt>{t('facts.careManager')}</dt>
        <dd>
          {manager ? (
            <>
              {manager.name}{' '}
              {manager.phone ? (
                <CallNumberButton number={manager.phone.display} dial={manager.phone.e164} testId="call-care-manager" />
              ) : (
                <span className="citizen__phone">{t('facts.noPhone')}</span>
              )}
            </>
          ) : (
            t('facts.noCareManager')
          )}
        </dd>
      </div>
      <div className="citizen-summary__wide">
        <dt>{t('facts.decisions')}</dt>
        <dd>
          {summary.decisions.length === 0 ? (
            t('facts.noDecisions')
          ) : (
            <ul className="citizen-summary__list" data-testid="decisions">
              {summary.decisions.map((decision) => (
                <li key={`${decision.type} ${decision.validFrom} ${decision.scope}`}>
                  {/* The care system's own wording says it best (it names the hours); the kind of decision when it has none. */}
                  {decision.scope || t(`facts.decision.${decision.type}`)}
                  {decision.scope === '' && decision.hoursPerMonth !== null && `, ${t('facts.hoursPerMonth', { hours: decision.hoursPerMonth.toLocaleString(locale) })}`}
                  {`, ${t('facts.since', { date: formatDay(decision.validFrom, locale) })}`}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div className="citizen-summary__wide">
        <dt>{t('facts.providers')}</dt>
        <dd>
          {summary.providers.length === 0 ? (
            t('facts.noProviders')
          ) : (
            <ul className="citizen-summary__list" data-testid="providers">
              {summary.providers.map((provider) => (
                <li key={provider.id}>
                  {provider.name}{' '}
                  {provider.phone && <CallNumberButton number={provider.phone.display} dial={provider.phone.e164} testId="call-provider" />}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div className="citizen-summary__wide">
        <dt>{t('facts.feeBasis')}</dt>
        <dd data-testid="fee-basis">
          {fee
            ? [
                t('facts.monthlyFee', { fee: formatMoney(fee.monthlyFee, fee.currency, locale) }),
                fee.maxFeeApplies ? t('facts.maxFee') : null,
                t('facts.incomeBasis', { date: formatDay(fee.incomeBasisDate, locale) }),
              ]
                .filter(Boolean)
                .join(', ')
            : t('facts.noFeeBasis')}
        </dd>
      </div>
    </dl>
  );
}
