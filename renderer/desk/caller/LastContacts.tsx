/** The citizen's last cases: when, what about, and whether they are still open. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CitizenSummary } from '../../../shared/contract/index.js';
import { formatDay } from '../../caller/caller-format.js';

export function LastContacts({ contacts }: { contacts: CitizenSummary['lastContacts'] }) {
  const { t, i18n } = useTranslation('caller');
  const titleId = useId();
  return (
    <section className="citizen-summary__section" aria-labelledby={titleId}>
      <h4 className="citizen-summary__label" id={titleId}>
        {t('lastContacts.title')}
      </h4>
      {contacts.length === 0 ? (
        <p className="citizen-summary__empty">{t('lastContacts.none')}</p>
      ) : (
        <ul className="citizen-summary__list" data-testid="last-contacts">
          {contacts.map((contact) => (
            <li key={contact.caseNumber}>
              {formatDay(contact.createdAt, i18n.language)} · {t('lastContacts.case', { number: contact.caseNumber })} ·{' '}
              {t(`lastContacts.caseType.${contact.caseTypeCode}` as 'lastContacts.caseType.home_care', { defaultValue: contact.caseTypeCode })} ·{' '}
              {t(`lastContacts.status.${contact.status}`)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
