/**
 * Every translation the renderer has. All languages are bundled: a few kilobytes each cost less
 * than a loading state in the middle of a language switch at the desk.
 */
import daCommon from '../../assets/locales/da/common.json';
import daPhone from '../../assets/locales/da/phone.json';
import enCommon from '../../assets/locales/en/common.json';
import enPhone from '../../assets/locales/en/phone.json';
import svCommon from '../../assets/locales/sv/common.json';
import svPhone from '../../assets/locales/sv/phone.json';
import type { Locale } from '../../shared/contract/index.js';

export const namespaces = ['common', 'phone'] as const;
export type Namespace = (typeof namespaces)[number];

/** English is the typed source of keys (see i18next.d.ts); the others must match it. */
export const sourceCatalogs = { common: enCommon, phone: enPhone };

export const catalogs: Record<Locale, Record<Namespace, object>> = {
  sv: { common: svCommon, phone: svPhone },
  da: { common: daCommon, phone: daPhone },
  en: sourceCatalogs,
};
