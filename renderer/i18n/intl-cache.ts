/**
 * Intl formatters, built once per locale and options. Building one costs far more than using it,
 * and the desk formats the same money, days and times in every render: in a CPU profile of
 * answered calls (unminified build, this 2-core machine) building the caller card's date
 * formatters took about 12 ms per answer.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached(`date|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached(`number|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

/** Throws as Intl.DisplayNames does for a locale it cannot use. */
export const displayNames = (locale: string, type: Intl.DisplayNamesType): Intl.DisplayNames =>
  cached(`names|${locale}|${type}`, () => new Intl.DisplayNames([locale], { type }));
