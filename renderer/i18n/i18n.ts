/**
 * The renderer's i18next instance: Swedish until the core says otherwise, English behind every
 * missing key. Created per call so tests and the app each get their own.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { localeSchema, type Locale } from '../../shared/contract/index.js';
import { catalogs, namespaces } from './catalogs.js';

export const defaultLocale: Locale = 'sv';
export const locales = localeSchema.options;

export async function createDeskI18n(locale: Locale = defaultLocale): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources: catalogs,
    lng: locale,
    fallbackLng: 'en',
    supportedLngs: locales,
    ns: namespaces,
    defaultNS: 'common',
    // React escapes what it renders; escaping here too would show "&amp;" to the agent.
    interpolation: { escapeValue: false },
  });
  return instance;
}
