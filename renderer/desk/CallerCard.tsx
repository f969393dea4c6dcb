/** The caller's card: citizens found for the number, or why there is nothing to show. */
import { useTranslation } from 'react-i18next';
import type { CallerCardView, CitizenView } from '../phone/index.js';
import { CallNumberButton } from './CallNumberButton.js';

export function CallerCard({ card }: { card: CallerCardView }) {
  const { t } = useTranslation('phone');
  switch (card.kind) {
    case 'protected':
      return (
        <div className="caller-card caller-card--protected" data-testid="caller-protected">
          <p className="caller-card__headline">{t('caller.protected')}</p>
        </div>
      );
    case 'unknown':
      return <NumberOnly headline={t('caller.unknown')} headlineTestId="unknown-caller" number={card.number} />;
    case 'lookupFailed':
      return <NumberOnly headline={t('caller.lookupFailed')} headlineTestId="lookup-failed" number={card.number} failed />;
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
          {card.citizens.length > 1 && <p className="caller-card__note">{t('caller.several')}</p>}
          <ul className="citizen-list">
            {card.citizens.map((citizen) => (
              <Citizen key={citizen.citizenId} citizen={citizen} />
            ))}
          </ul>
          <p className="caller-card__number">
            <span className="label">{t('caller.number')}</span> <span data-testid="caller-number">{card.number}</span>
          </p>
        </div>
      );
  }
}

/** Nobody to show: why, and the number, which is all the agent has. */
function NumberOnly({ headline, headlineTestId, number, failed = false }: { headline: string; headlineTestId: string; number: string; failed?: boolean }) {
  return (
    <div className={failed ? 'caller-card caller-card--failed' : 'caller-card'}>
      <p className="caller-card__headline" data-testid={headlineTestId}>
        {headline}
      </p>
      <p className="caller-card__number" data-testid="caller-number">
        {number}
      </p>
    </div>
  );
}

/** The number is a relative's: the agent greets the relative, not the citizen. */
function ViaRelative({ relative }: { relative: NonNullable<CitizenView['viaRelative']> }) {
  const { t } = useTranslation('phone');
  const relation = t(`caller.relation.${relative.relation}` as 'caller.relation.child', { defaultValue: relative.relation });
  return (
    <p className="citizen__via-relative" data-testid="via-relative">
      {t('caller.viaRelative', { name: relative.name, relation })}
      {relative.nextOfKin && ` · ${t('caller.nextOfKin')}`}
    </p>
  );
}

function Citizen({ citizen }: { citizen: CitizenView }) {
  const { t } = useTranslation('phone');
  const manager = citizen.careManager;
  return (
    <li className="citizen">
      <h3 className="citizen__name" data-testid="caller-name">
        {citizen.name}
      </h3>
      {citizen.viaRelative && <ViaRelative relative={citizen.viaRelative} />}
      <dl className="citizen__facts">
        <div>
          <dt>{t('caller.district')}</dt>
          <dd>{citizen.district}</dd>
        </div>
        <div>
          <dt>{t('caller.careManager')}</dt>
          <dd>
            {manager ? (
              <>
                {manager.name}{' '}
                {manager.phone ? <CallNumberButton number={manager.phone} testId="call-care-manager" /> : <span className="citizen__phone">{t('caller.noPhone')}</span>}
              </>
            ) : (
              t('caller.noCareManager')
            )}
          </dd>
        </div>
      </dl>
    </li>
  );
}
