/** What the core answers to a renderer's requests: one handler per contract channel. */
import type { CoreSideLink } from '../../shared/messaging/links.js';
import type { Softphone } from '../phone/softphone.js';
import type { DeskSettingsService } from '../settings/desk-settings-service.js';
import type { CallHistory } from './call-history.js';

export interface Services {
  phone: Softphone;
  settings: DeskSettingsService;
  history: CallHistory;
}

export function serveRenderer(link: CoreSideLink, { phone, settings, history }: Services): void {
  link.handle('phone.getSnapshot', () => phone.snapshot());
  link.handle('phone.answerCall', async ({ callId }) => {
    await phone.answer(callId);
    return {};
  });
  link.handle('phone.hangUpCall', async ({ callId }) => {
    await phone.hangUp(callId);
    return {};
  });
  link.handle('phone.dial', async ({ number }) => ({ callId: await phone.dial(number, settings.current.phoneNumbers) }));
  link.handle('phone.holdCall', async ({ callId }) => {
    await phone.hold(callId);
    return {};
  });
  link.handle('phone.resumeCall', async ({ callId }) => {
    await phone.resume(callId);
    return {};
  });
  link.handle('phone.muteCall', ({ callId, muted }) => {
    phone.mute(callId, muted);
    return {};
  });
  link.handle('phone.sendDtmf', async ({ callId, tones }) => {
    await phone.sendDtmf(callId, tones, settings.current.phone.dtmf);
    return {};
  });
  link.handle('phone.getCallHistory', async ({ limit }) => ({ calls: await history.recent(limit) }));
  link.handle('settings.getSnapshot', () => settings.snapshot());
  link.handle('settings.setLocale', ({ locale }) => {
    settings.setLocale(locale);
    return {};
  });
  link.handle('media.getConfiguration', () => ({ iceServers: settings.current.sip.iceServers }));
}
