/** What the agent does, sent to the core over the link; the mirrors show the outcome. */
import type { i18n } from 'i18next';
import type { Locale } from '../../shared/contract/index.js';
import type { RendererSideLink } from '../../shared/messaging/links.js';
import { reportResult } from './action-errors.js';

export async function answerCall(link: RendererSideLink, callId: string): Promise<void> {
  reportResult(await link.request('phone.answerCall', { callId }));
}

export async function hangUpCall(link: RendererSideLink, callId: string): Promise<void> {
  reportResult(await link.request('phone.hangUpCall', { callId }));
}

/** The screen switches at once; the core stores the choice for the next start. */
export async function changeLocale(i18n: i18n, link: RendererSideLink | null, locale: Locale): Promise<void> {
  await i18n.changeLanguage(locale);
  if (link) reportResult(await link.request('settings.setLocale', { locale }));
}
