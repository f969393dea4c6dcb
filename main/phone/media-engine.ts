/**
 * The core's view of the renderer's media engine (RTCPeerConnection per call). The phone only
 * knows this interface; the core implements it over the contract link of whichever renderer
 * currently hosts media.
 */
import type { z } from 'zod';
import type { descriptionOptionsSchema } from '../../shared/contract/media.js';

export type DescriptionOptions = z.infer<typeof descriptionOptionsSchema>;

export interface MediaEngine {
  getDescription(sessionId: string, options: DescriptionOptions): Promise<{ body: string; contentType: string; dtmfReady: boolean }>;
  setDescription(sessionId: string, sdp: string, options: DescriptionOptions): Promise<{ dtmfReady: boolean }>;
  sendDtmf(sessionId: string, tones: string, options: { duration?: number; interToneGap?: number }): Promise<boolean>;
  /** Fire and forget: sip.js's close() is synchronous. */
  close(sessionId: string): void;
  /** Fire and forget: an incoming call's offer, so the renderer can prepare its answer early. */
  offerReceived?(sessionId: string, sdp: string): void;
}

/** Thrown when no renderer is there to make media, so sip.js fails the call cleanly. */
export class MediaUnavailableError extends Error {
  constructor(reason: string) {
    super(`media engine unavailable: ${reason}`);
  }
}
