/** Swedish and Danish say everything English says, with the same placeholders, and nothing empty. */
import { describe, expect, it } from 'vitest';
import { catalogs, namespaces } from './catalogs.js';

/** "a.b.c" -> string value, for every leaf of a catalog. */
function leaves(catalog: object, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') leaves(value, path).forEach((v, k) => found.set(k, v));
    else found.set(path, value);
  }
  return found;
}

const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe.each(['sv', 'da'] as const)('%s catalogs', (locale) => {
  it.each(namespaces)('%s has every English key and no other', (ns) => {
    const english = leaves(catalogs.en[ns]);
    const translated = leaves(catalogs[locale][ns]);
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(namespaces)('%s has no empty text and the same placeholders as English', (ns) => {
    const english = leaves(catalogs.en[ns]);
    for (const [key, text] of leaves(catalogs[locale][ns])) {
      expect(typeof text === 'string' && text.trim().length > 0, `${locale}/${ns}: ${key}`).toBe(true);
      expect(placeholders(text), `${locale}/${ns}: ${key}`).toEqual(placeholders(english.get(key)));
    }
  });
});

describe('en catalogs', () => {
  it.each(namespaces)('%s has no empty text', (ns) => {
    for (const [key, text] of leaves(catalogs.en[ns])) {
      expect(typeof text === 'string' && text.trim().length > 0, `en/${ns}: ${key}`).toBe(true);
    }
  });
});
