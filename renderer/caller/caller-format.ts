/**
 * Money, dates and an invoice's state as the agent reads them, in the desk's language through
 * Intl. Mirrored dates are calendar days ("2026-11-30"): formatted in UTC so no time zone moves them.
 */
import type { Invoice } from '../../shared/contract/index.js';
import { dateTimeFormat, displayNames, numberFormat } from '../i18n/intl-cache.js';

export function formatMoney(amount: number, currency: string, locale: string): string {
  return numberFormat(locale, { style: 'currency', currency }).format(amount);
}

export function formatDay(isoDay: string, locale: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDay.slice(0, 10)}T00:00:00Z`));
}

/** A language code ("fi") in the desk's language ("Finnish"); the code itself if Intl does not know it. */
export function languageName(code: string, locale: string): string {
  try {
    return displayNames(locale, 'language').of(code) ?? code;
  } catch {
    return code;
  }
}

export type InvoiceState = 'paid' | 'unpaid' | 'overdue';

/** `today` is the local calendar day, "YYYY-MM-DD": an invoice due today is not overdue yet. */
export function invoiceState(invoice: Pick<Invoice, 'paid' | 'dueDate'>, today: string): InvoiceState {
  if (invoice.paid) return 'paid';
  return invoice.dueDate < today ? 'overdue' : 'unpaid';
}

/** The local calendar day of `now`. */
export function localDay(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
