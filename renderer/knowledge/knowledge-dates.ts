/** Dates in the knowledge base through Intl: a deviation's days as calendar days, revisions' times in the desk's zone. */
import { dateTimeFormat } from '../i18n/intl-cache.js';

/** "2026-03-02" as the agent's language writes that day, wherever the desk is. */
export const formatDay = (isoDay: string, language: string) =>
  dateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDay}T00:00:00Z`));

export const formatInstant = (epochMs: number, language: string) =>
  dateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(epochMs));
