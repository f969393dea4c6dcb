/** What the desk shows until the core answers, or after it went away. */
import { useTranslation } from 'react-i18next';
import type { CoreConnectionStatus } from './core-connection.js';

export function ConnectionScreen({ status }: { status: Exclude<CoreConnectionStatus, 'connected'> }) {
  const { t } = useTranslation();
  return (
    <section className="connection" data-testid="core-connection" data-state={status} role="status">
      <span className="spinner" aria-hidden="true" />
      <h2 className="connection__title">{status === 'lost' ? t('connection.reconnecting') : t('connection.connecting')}</h2>
      <p className="connection__hint">{t('connection.hint')}</p>
    </section>
  );
}
