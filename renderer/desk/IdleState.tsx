/**
 * No calls. "Ready" only while the phone is registered: an agent who reads "waiting for calls"
 * while the phone server is unreachable would wait for calls that cannot come.
 */
import { useTranslation } from 'react-i18next';
import { selectRegistration, usePhone } from '../phone/index.js';

export function IdleState() {
  const { t } = useTranslation('phone');
  const reachable = usePhone(selectRegistration)?.state === 'registered';
  return (
    <section className={reachable ? 'idle' : 'idle idle--offline'} data-testid="idle" data-reachable={reachable}>
      <span className="idle__mark" aria-hidden="true" />
      <h2 className="idle__title">{reachable ? t('idle.title') : t('idle.offlineTitle')}</h2>
      <p className="idle__body">{reachable ? t('idle.body') : t('idle.offlineBody')}</p>
    </section>
  );
}
