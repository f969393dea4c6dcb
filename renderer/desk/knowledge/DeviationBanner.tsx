/**
 * Today's local deviations (a kitchen delivering late, a lift out of order) as a banner on every
 * desk while they are valid; re-read every minute (see deviation-sync.ts). Opening one shows it
 * in the knowledge panel.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/contract/index.js';
import { startDeviationSync, useDeviations } from '../../knowledge/deviation-sync.js';
import { formatDay } from '../../knowledge/knowledge-dates.js';
import { openKnowledgeArticle } from '../../knowledge/knowledge-view.js';
import { useLink } from '../link-context.js';

export function DeviationBanner() {
  const { t, i18n } = useTranslation('knowledge');
  const link = useLink();
  const language = i18n.language as Locale;
  useEffect(() => startDeviationSync(link, language), [link, language]);
  const deviations = useDeviations((state) => state.deviations);
  if (deviations.length === 0) return null;
  return (
    <section className="notice notice--warning deviation-banner" data-testid="deviation-banner" aria-label={t('deviations.label')}>
      <ul className="deviation-banner__items">
        {deviations.map((deviation) => (
          <li key={deviation.articleId} data-testid="deviation" data-article-id={deviation.articleId}>
            <button type="button" className="deviation-banner__title" onClick={() => openKnowledgeArticle(deviation.articleId)}>
              {deviation.title}
            </button>{' '}
            {deviation.validFrom && deviation.validTo && (
              <span className="deviation-banner__days">
                ({t('deviations.valid', { from: formatDay(deviation.validFrom, i18n.language), to: formatDay(deviation.validTo, i18n.language) })})
              </span>
            )}{' '}
            <span className="deviation-banner__body">{deviation.body}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
