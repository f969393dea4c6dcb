/** Providers in alphabetical order of the agent's language (å, ä, ö and æ, ø where they belong): an order that ranks no one. */
import type { CatalogueProvider } from '../../shared/contract/index.js';

export function alphabetical(providers: readonly CatalogueProvider[], language: string): CatalogueProvider[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  return [...providers].sort((a, b) => collator.compare(a.name, b.name) || a.providerId.localeCompare(b.providerId));
}
