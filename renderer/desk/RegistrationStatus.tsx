/** Whether the phone can take calls, and if not, why and what happens next. */
import { useTranslation } from 'react-i18next';
import type { RegistrationStatus as Registration } from '../../shared/contract/index.js';
import { selectRegistration, usePhone } from '../phone/index.js';
import { secondsUntil } from './time-format.js';
import { useNow } from './use-now.js';

export function RegistrationStatus() {
  const registration = usePhone(selectRegistration);
  const state = registration?.state ?? 'unknown';
  return (
    <div className={`registration registration--${state}`} data-testid="registration-status" data-state={state}>
      <span className="registration__dot" aria-hidden="true" />
      <span className="registration__text">{registration ? <RegistrationText registration={registration} /> : <UnknownText />}</span>
    </div>
  );
}

function UnknownText() {
  const { t } = useTranslation('phone');
  return t('registration.unknown');
}

function RegistrationText({ registration }: { registration: Registration }) {
  const { t } = useTranslation('phone');
  const now = useNow(registration.state === 'unreachable');
  switch (registration.state) {
    case 'registered':
      return t('registration.registered');
    case 'connecting':
      return t('registration.connecting');
    case 'stopped':
      return t('registration.stopped');
    case 'rejected':
      return registration.statusCode === undefined
        ? t('registration.rejectedNoCode')
        : t('registration.rejected', { code: registration.statusCode });
    case 'unreachable': {
      const seconds = registration.nextAttemptAt === undefined ? 0 : secondsUntil(registration.nextAttemptAt, now);
      return seconds > 0 ? t('registration.unreachable', { seconds }) : t('registration.unreachableRetrying');
    }
  }
}
