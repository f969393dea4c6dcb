/** What the agent does, sent to the core over the link; the mirrors show the outcome. */
import type { i18n } from 'i18next';
import type { ContractError, Locale } from '../../shared/contract/index.js';
import type { RendererSideLink } from '../../shared/messaging/links.js';
import { answerIntended } from '../media/answer-intent.js';
import { reportResult } from './action-errors.js';

export async function answerCall(link: RendererSideLink, callId: string): Promise<void> {
  answerIntended(callId);
  reportResult(await link.request('phone.answerCall', { callId }));
}

export async function hangUpCall(link: RendererSideLink, callId: string): Promise<void> {
  reportResult(await link.request('phone.hangUpCall', { callId }));
}

/** Calls what the agent typed; a refusal (not a number, not registered) is for the dial pad to show. */
export async function dialNumber(link: RendererSideLink, number: string): Promise<ContractError | null> {
  const result = await link.request('phone.dial', { number });
  return result.ok ? null : result.error;
}

export async function setCallHeld(link: RendererSideLink, callId: string, held: boolean): Promise<void> {
  reportResult(await link.request(held ? 'phone.holdCall' : 'phone.resumeCall', { callId }));
}

export async function setCallMuted(link: RendererSideLink, callId: string, muted: boolean): Promise<void> {
  reportResult(await link.request('phone.muteCall', { callId, muted }));
}

export async function sendTones(link: RendererSideLink, callId: string, tones: string): Promise<boolean> {
  const result = await link.request('phone.sendDtmf', { callId, tones });
  reportResult(result);
  return result.ok;
}

/** The screen switches at once; the core stores the choice for the next start. */
export async function changeLocale(i18n: i18n, link: RendererSideLink | null, locale: Locale): Promise<void> {
  await i18n.changeLanguage(locale);
  if (link) reportResult(await link.request('settings.setLocale', { locale }));
}
