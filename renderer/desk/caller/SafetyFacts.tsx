/** What keeps the citizen safe, first on the card: living alone, impairments, language, next of kin. */
import { useTranslation } from 'react-i18next';
import type { CitizenSummary } from '../../../shared/contract/index.js';
import { languageName } from '../../caller/caller-format.js';
import { CallNumberButton } from '../CallNumberButton.js';

export function SafetyFacts({ safety }: { safety: CitizenSummary['safety'] }) {
  const { t, i18n } = useTranslation('caller');
  const phone = useTranslation('phone').t;
  const flags = [
    safety.livesAlone && t('safety.livesAlone'),
    safety.hearingImpairment && t('safety.hearingImpairment'),
    safety.cognitiveImpairment && t('safety.cognitiveImpairment'),
  ].filter((flag): flag is string => typeof flag === 'string');
  return (
    <section className="citizen-summary__section citizen-summary__section--safety" data-testid="safety-facts" aria-label={t('safety.title')}>
      <ul className="safety-flags">
        {flags.map((flag) => (
          <li key={flag} className="safety-flag">
            {flag}
          </li>
        ))}
        <li className="safety-flag safety-flag--language">{t('safety.language', { language: languageName(safety.preferredLanguage, i18n.language) })}</li>
      </ul>
      <p className="citizen-summary__label">{t('safety.nextOfKin')}</p>
      {safety.nextOfKin.length === 0 ? (
        <p className="citizen-summary__empty">{t('safety.noNextOfKin')}</p>
      ) : (
        <ul className="citizen-summary__list" data-testid="next-of-kin">
          {safety.nextOfKin.map((kin) => (
            <li key={`${kin.name} ${kin.relation}`}>
              {t('safety.kin', { name: kin.name, relation: phone(`caller.relation.${kin.relation}` as 'caller.relation.child', { defaultValue: kin.relation }) })}{' '}
              {kin.phones.map((number) => (
                <CallNumberButton key={number.display} number={number.display} dial={number.e164} testId="call-next-of-kin" />
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
