/** No calls: the desk is ready. */
import { useTranslation } from 'react-i18next';

export function IdleState() {
  const { t } = useTranslation('phone');
  return (
    <section className="idle" data-testid="idle">
      <span className="idle__mark" aria-hidden="true" />
      <h2 className="idle__title">{t('idle.title')}</h2>
      <p className="idle__body">{t('idle.body')}</p>
    </section>
  );
}
