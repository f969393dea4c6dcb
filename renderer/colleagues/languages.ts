/**
 * Colleagues by language: the languages the team speaks, named in the agent's own language
 * (Intl.DisplayNames: "arabiska", "arabisk", "Arabic"), and the colleagues who speak one of them.
 */
import type { Colleague } from '../../shared/contract/index.js';
import { displayNames } from '../i18n/intl-cache.js';

export interface LanguageOption {
  code: string;
  name: string;
}

export function languageName(code: string, locale: string): string {
  try {
    return displayNames(locale, 'language').of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every language some colleague speaks, by name in `locale`. */
export function languageOptions(colleagues: readonly Colleague[], locale: string): LanguageOption[] {
  const codes = new Set(colleagues.flatMap((colleague) => colleague.languages));
  return [...codes].map((code) => ({ code, name: languageName(code, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** Everyone when no language is chosen; the order (Ready first) is the core's. */
export function speaking(colleagues: readonly Colleague[], language: string | null): Colleague[] {
  return language ? colleagues.filter((colleague) => colleague.languages.includes(language)) : [...colleagues];
}
