/**
 * The citizen's free choice of provider: the providers of one kind in one district side by side,
 * the same facts for each, in alphabetical order. Nothing here ranks or recommends.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogueProviderKindSchema, type CatalogueProvider, type CatalogueProviderKind } from '../../../shared/contract/index.js';
import { alphabetical } from '../../knowledge/provider-order.js';
import { useLink } from '../link-context.js';

type District = { districtId: string; name: string; municipality: string };

export function ProviderComparison() {
  const { t, i18n } = useTranslation('knowledge');
  const link = useLink();
  const [districts, setDistricts] = useState<District[]>([]);
  const [districtId, setDistrictId] = useState('');
  const [kind, setKind] = useState<CatalogueProviderKind>('home_care');
  const [providers, setProviders] = useState<CatalogueProvider[] | null>(null);
  const headingId = useId();
  const districtFieldId = useId();
  const kindFieldId = useId();

  useEffect(() => {
    void link.request('knowledge.districts', {}).then((reply) => {
      if (!reply.ok) return;
      setDistricts(reply.value.districts);
      setDistrictId((chosen) => chosen || (reply.value.districts[0]?.districtId ?? ''));
    });
  }, [link]);
  useEffect(() => {
    if (!districtId) return;
    let current = true;
    void link.request('knowledge.providers', { districtId, kind }).then((reply) => current && setProviders(reply.ok ? reply.value.providers : []));
    return () => {
      current = false;
    };
  }, [link, districtId, kind]);

  const sorted = providers ? alphabetical(providers, i18n.language) : [];
  return (
    <section className="knowledge-providers" data-testid="knowledge-providers" aria-labelledby={headingId}>
      <h3 id={headingId} className="knowledge-article__title">
        {t('providers.title')}
      </h3>
      <div className="knowledge-providers__choice">
        <label htmlFor={districtFieldId}>{t('providers.district')}</label>
        <select id={districtFieldId} value={districtId} onChange={(event) => setDistrictId(event.target.value)}>
          {districts.map((district) => (
            <option key={district.districtId} value={district.districtId}>
              {district.name} ({district.municipality})
            </option>
          ))}
        </select>
        <label htmlFor={kindFieldId}>{t('providers.kind')}</label>
        <select id={kindFieldId} value={kind} onChange={(event) => setKind(catalogueProviderKindSchema.parse(event.target.value))}>
          {catalogueProviderKindSchema.options.map((option) => (
            <option key={option} value={option}>
              {t(`providers.kinds.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="knowledge__note">{t('providers.note')}</p>
      {providers && sorted.length === 0 ? (
        <p className="knowledge__note">{t('providers.none')}</p>
      ) : (
        <table className="knowledge-providers__table">
          <thead>
            <tr>
              <th scope="col">{t('providers.name')}</th>
              <th scope="col">{t('providers.phone')}</th>
              <th scope="col">{t('providers.address')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((provider) => (
              <tr key={provider.providerId}>
                <th scope="row">{provider.name}</th>
                <td>{provider.phone ?? t('providers.noPhone')}</td>
                <td>{provider.streetAddress}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
