/**
 * Key presses sent to the other party (menus, door codes): RFC 4733 events from the renderer's
 * RTCDTMFSender by default, or SIP INFO (application/dtmf-relay) where a PBX or gateway only
 * understands that (setting phone.dtmf). Either way the agent hears of a tone that did not go.
 */
import type { Session } from 'sip.js';
import { ContractFailure } from '../../shared/contract/result.js';
import { MediaBridgeSessionDescriptionHandler } from './media-bridge-sdh.js';

export type DtmfMode = 'rfc4733' | 'info';

/** What RTCDTMFSender and common PBXs use; INFO says the duration in its body. */
const TONE_MS = 100;
const GAP_MS = 70;
const INFO_TONE_MS = 160;

const failed = () => new ContractFailure('dtmfFailed', 'phone.errors.dtmfFailed');

export async function sendCallDtmf(session: Session, tones: string, mode: DtmfMode): Promise<void> {
  if (mode === 'info') {
    // One INFO per key, each answered before the next, so the order survives any proxy.
    for (const tone of tones) await sendInfoTone(session, tone);
    return;
  }
  const handler = session.sessionDescriptionHandler;
  if (!handler?.sendDtmf(tones, { duration: TONE_MS, interToneGap: GAP_MS })) throw failed();
  // The bridge must answer sendDtmf at once from cached state; its real outcome comes after.
  if (handler instanceof MediaBridgeSessionDescriptionHandler && !(await handler.lastDtmf)) throw failed();
}

function sendInfoTone(session: Session, tone: string): Promise<void> {
  return new Promise((resolve, reject) => {
    session
      .info({
        requestDelegate: { onAccept: () => resolve(), onReject: () => reject(failed()) },
        requestOptions: {
          body: { contentDisposition: 'render', contentType: 'application/dtmf-relay', content: `Signal=${tone}\r\nDuration=${INFO_TONE_MS}` },
        },
      })
      .catch(() => reject(failed()));
  });
}
