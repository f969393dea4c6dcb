/**
 * A sip.js SessionDescriptionHandler that does no media itself: every SDP operation is forwarded
 * to the renderer's media engine, which holds a real sip.js Web SDH per session. Offer or answer
 * is decided there, from its RTCPeerConnection's signalling state, so this side keeps no SDP state.
 * No rollbackDescription: sip.js's Web SDH has none either, and sip.js skips it when absent.
 */
import type {
  BodyAndContentType,
  SessionDescriptionHandler,
  SessionDescriptionHandlerModifier,
  SessionDescriptionHandlerOptions,
} from 'sip.js';
import type { DescriptionOptions, MediaEngine } from './media-engine.js';

export class MediaBridgeSessionDescriptionHandler implements SessionDescriptionHandler {
  /**
   * sip.js wants sendDtmf answered synchronously, but only the renderer knows; so we answer from
   * what its last reply said and send for real afterwards.
   */
  private dtmfReady = false;
  /** The real outcome of the last sendDtmf, for callers who can wait. */
  lastDtmf: Promise<boolean> = Promise.resolve(false);

  constructor(
    readonly sessionId: string,
    private readonly media: MediaEngine,
  ) {}

  hasDescription(contentType: string): boolean {
    return contentType === 'application/sdp';
  }

  async getDescription(
    options?: SessionDescriptionHandlerOptions,
    modifiers?: SessionDescriptionHandlerModifier[],
  ): Promise<BodyAndContentType> {
    refuseModifiers(modifiers);
    const reply = await this.media.getDescription(this.sessionId, pickDescriptionOptions(options));
    this.dtmfReady = reply.dtmfReady;
    return { body: reply.body, contentType: reply.contentType };
  }

  async setDescription(
    sdp: string,
    options?: SessionDescriptionHandlerOptions,
    modifiers?: SessionDescriptionHandlerModifier[],
  ): Promise<void> {
    refuseModifiers(modifiers);
    const reply = await this.media.setDescription(this.sessionId, sdp, pickDescriptionOptions(options));
    this.dtmfReady = reply.dtmfReady;
  }

  sendDtmf(tones: string, options?: unknown): boolean {
    if (!this.dtmfReady) return false;
    this.lastDtmf = this.media.sendDtmf(this.sessionId, tones, pickDtmfOptions(options)).catch(() => false);
    return true;
  }

  close(): void {
    this.dtmfReady = false;
    this.media.close(this.sessionId);
  }
}

/**
 * Modifiers are functions and cannot cross to the renderer; running them here would change SDP
 * the peer connection has already applied. Nothing in the desk sets them, so refuse loudly.
 */
function refuseModifiers(modifiers: SessionDescriptionHandlerModifier[] | undefined): void {
  if (modifiers && modifiers.length > 0) throw new Error('SDP modifiers cannot be applied across the media bridge');
}

/** Only the plain-data options cross; callbacks such as onDataChannel stay behind. */
export function pickDescriptionOptions(options: SessionDescriptionHandlerOptions | undefined): DescriptionOptions {
  if (!options) return undefined;
  const source = options as Record<string, unknown>;
  const picked: NonNullable<DescriptionOptions> = {};
  if (typeof source['hold'] === 'boolean') picked.hold = source['hold'];
  const constraints = source['constraints'] as Record<string, unknown> | undefined;
  if (constraints && typeof constraints === 'object') {
    picked.constraints = { audio: Boolean(constraints['audio']), video: Boolean(constraints['video']) };
  }
  const offerOptions = source['offerOptions'] as Record<string, unknown> | undefined;
  if (offerOptions && typeof offerOptions['iceRestart'] === 'boolean') picked.offerOptions = { iceRestart: offerOptions['iceRestart'] };
  if (typeof source['iceGatheringTimeout'] === 'number') picked.iceGatheringTimeout = source['iceGatheringTimeout'];
  return picked;
}

function pickDtmfOptions(options: unknown): { duration?: number; interToneGap?: number } {
  const source = (options ?? {}) as Record<string, unknown>;
  const picked: { duration?: number; interToneGap?: number } = {};
  if (typeof source['duration'] === 'number') picked.duration = source['duration'];
  if (typeof source['interToneGap'] === 'number') picked.interToneGap = source['interToneGap'];
  return picked;
}
