/**
 * The core's requests to the renderer's media engine: sip.js's SessionDescriptionHandler calls,
 * forwarded because only the renderer has WebRTC (ARCHITECTURE.md, decision 1).
 * Only plain data crosses: modifiers and callbacks stay in the core.
 */
import { z } from 'zod';
import { request } from './define.js';

export const mediaSessionIdSchema = z.string().min(1).max(200);

/** The subset of sip.js's SessionDescriptionHandlerOptions that is data. */
export const descriptionOptionsSchema = z
  .object({
    hold: z.boolean().optional(),
    constraints: z.object({ audio: z.boolean(), video: z.boolean() }).partial().optional(),
    offerOptions: z.object({ iceRestart: z.boolean() }).partial().optional(),
    iceGatheringTimeout: z.number().int().positive().optional(),
  })
  .optional();

const sdpReply = z.object({
  body: z.string(),
  contentType: z.string(),
  /** Whether DTMF can be sent right now; sip.js's sendDtmf must answer synchronously. */
  dtmfReady: z.boolean(),
});

export const mediaRequests = {
  'media.getDescription': request(
    z.object({ sessionId: mediaSessionIdSchema, options: descriptionOptionsSchema }),
    sdpReply,
  ),
  'media.setDescription': request(
    z.object({ sessionId: mediaSessionIdSchema, sdp: z.string(), options: descriptionOptionsSchema }),
    z.object({ dtmfReady: z.boolean() }),
  ),
  'media.sendDtmf': request(
    z.object({
      sessionId: mediaSessionIdSchema,
      tones: z.string().regex(/^[0-9A-D#*,]+$/),
      duration: z.number().int().positive().optional(),
      interToneGap: z.number().int().positive().optional(),
    }),
    z.object({ sent: z.boolean() }),
  ),
};

export const mediaEvents = {
  'media.sessionClosed': z.object({ sessionId: mediaSessionIdSchema }),
  /**
   * The caller's SDP offer of a call that rings here, sent after its 180 so it never delays the
   * screen-pop: the renderer applies it while the call rings and answers as soon as the agent does.
   */
  'media.offerReceived': z.object({ sessionId: mediaSessionIdSchema, sdp: z.string() }),
};

export const iceServerSchema = z.object({
  urls: z.union([z.string(), z.array(z.string())]),
  username: z.string().optional(),
  credential: z.string().optional(),
});

/** Renderer → core: what the media engine needs to build its peer connections. */
export const mediaConfigurationRequests = {
  'media.getConfiguration': request(z.object({}).strict(), z.object({ iceServers: z.array(iceServerSchema) })),
};
