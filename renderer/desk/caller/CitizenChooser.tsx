/**
 * Several citizens on one number (a couple's landline, a relative calling about both parents):
 * only each name and why it is listed, until the agent chooses. The choice reads that citizen's
 * summary, audited, and only theirs.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseCitizen } from '../../caller/caller-actions.js';
import type { CitizenView } from '../../phone/index.js';
import { useLink } from '../link-context.js';

export function CitizenChooser({ callId, citizens }: { callId: string; citizens: readonly CitizenView[] }) {
  const { t } = useTranslation('caller');
  const phone = useTranslation('phone').t;
  const link = useLink();
  const titleId = useId();
  return (
    <section className="citizen-chooser" data-testid="citizen-chooser" aria-labelledby={titleId}>
      <h3 className="citizen-chooser__title" id={titleId}>
        {t('chooser.title')}
      </h3>
      <p className="caller-card__note">{t('chooser.hint')}</p>
      <ul className="citizen-chooser__list">
        {citizens.map((citizen) => {
          const relative = citizen.viaRelative;
          const reason = relative
            ? t('chooser.throughRelative', {
                name: relative.name,
                relation: phone(`caller.relation.${relative.relation}` as 'caller.relation.child', { defaultValue: relative.relation }),
              })
            : t('chooser.sharesNumber');
          return (
            <li key={citizen.citizenId} className="citizen-chooser__item">
              <button
                type="button"
                className="citizen-chooser__choose"
                data-testid="choose-citizen"
                aria-label={t('chooser.choose', { name: citizen.name })}
                onClick={() => void chooseCitizen(link, callId, { citizenId: citizen.citizenId, name: citizen.name, district: citizen.district })}
              >
                <span className="citizen__name" data-testid="caller-name">
                  {citizen.name}
                </span>
                <span className="citizen-chooser__reason" data-testid={relative ? 'via-relative' : 'shares-number'}>
                  {reason}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
