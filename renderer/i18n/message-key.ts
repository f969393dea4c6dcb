/**
 * Translates a `messageKey` that came over the contract ("errors.timeout", "phone.errors.notRinging").
 * A first segment naming a namespace selects it; a key the catalogs lack still reads as a sentence,
 * with the key in it so support can tell which entry is missing.
 */
import type { i18n } from 'i18next';
import { namespaces, type Namespace } from './catalogs.js';

export function translateMessageKey(i18n: i18n, messageKey: string): string {
  const [first, ...rest] = messageKey.split('.');
  const named = namespaces.find((ns): ns is Namespace => ns === first && rest.length > 0);
  const ns = named ?? 'common';
  const key = named ? rest.join('.') : messageKey;
  // The key comes off the wire, so it cannot be one of the typed keys; exists() is the check.
  const untypedT = i18n.t as unknown as (key: string, options: { ns: string }) => string;
  if (i18n.exists(key, { ns })) return untypedT(key, { ns });
  return i18n.t('errors.unrecognised', { messageKey });
}
