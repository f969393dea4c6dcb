/** Types i18next's keys from the English catalogs, so an unknown key fails `tsc`. */
import 'i18next';
import type { sourceCatalogs } from './catalogs.js';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof sourceCatalogs;
  }
}
