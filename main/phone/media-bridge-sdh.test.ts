import { describe, expect, it, vi } from 'vitest';
import { createCarrierPair } from '../../shared/messaging/carrier.js';
import { createCoreSideLink, createRendererSideLink } from '../../shared/messaging/links.js';
import { RendererHub } from '../core/renderer-hub.js';
import { MediaBridgeSessionDescriptionHandler, pickDescriptionOptions } from './media-bridge-sdh.js';
import { MediaUnavailableError } from './media-engine.js';

/** A core with one renderer whose media engine is a recording fake; the contract between them is real. */
function bridgeWithFakeRenderer() {
  const hub = new RendererHub();
  const [coreCarrier, rendererCarrier] = createCarrierPair();
  hub.add(createCoreSideLink(coreCarrier));
  const renderer = createRendererSideLink(rendererCarrier);
  const calls: { op: string; body: unknown }[] = [];
  renderer.handle('media.getDescription', (body) => {
    calls.push({ op: 'get', body });
    return { body: 'v=0 answer', contentType: 'application/sdp', dtmfReady: true };
  });
  renderer.handle('media.setDescription', (body) => {
    calls.push({ op: 'set', body });
    return { dtmfReady: false };
  });
  renderer.handle('media.sendDtmf', (body) => {
    calls.push({ op: 'dtmf', body });
    return { sent: true };
  });
  const closed = vi.fn();
  renderer.on('media.sessionClosed', closed);
  return { hub, calls, closed, rendererCarrier };
}

describe('MediaBridgeSessionDescriptionHandler', () => {
  it('has the renderer make the SDP, for this session, with the hold option passed on', async () => {
    const { hub, calls } = bridgeWithFakeRenderer();
    const sdh = new MediaBridgeSessionDescriptionHandler('session-1', hub.media);
    const description = await sdh.getDescription({ hold: true, constraints: { audio: true, video: false } } as never);
    expect(description).toEqual({ body: 'v=0 answer', contentType: 'application/sdp' });
    expect(calls).toEqual([
      { op: 'get', body: { sessionId: 'session-1', options: { hold: true, constraints: { audio: true, video: false } } } },
    ]);
  });

  it('forwards the remote SDP for the renderer to apply', async () => {
    const { hub, calls } = bridgeWithFakeRenderer();
    const sdh = new MediaBridgeSessionDescriptionHandler('session-2', hub.media);
    await sdh.setDescription('v=0 offer');
    expect(calls).toEqual([{ op: 'set', body: { sessionId: 'session-2', sdp: 'v=0 offer', options: undefined } }]);
    expect(sdh.hasDescription('application/sdp')).toBe(true);
    expect(sdh.hasDescription('text/plain')).toBe(false);
  });

  it('answers sendDtmf at once from what the renderer last said, then really sends', async () => {
    const { hub, calls } = bridgeWithFakeRenderer();
    const sdh = new MediaBridgeSessionDescriptionHandler('session-3', hub.media);
    expect(sdh.sendDtmf('1')).toBe(false);
    await sdh.getDescription();
    expect(sdh.sendDtmf('12#', { duration: 120 })).toBe(true);
    expect(await sdh.lastDtmf).toBe(true);
    expect(calls.at(-1)).toEqual({ op: 'dtmf', body: { sessionId: 'session-3', tones: '12#', duration: 120 } });
  });

  it('tells every renderer the session is closed', async () => {
    const { hub, closed } = bridgeWithFakeRenderer();
    new MediaBridgeSessionDescriptionHandler('session-4', hub.media).close();
    await vi.waitFor(() => expect(closed).toHaveBeenCalledWith({ sessionId: 'session-4' }));
  });

  it('fails the SDP step when no renderer is connected, so sip.js rejects the call instead of hanging', async () => {
    const sdh = new MediaBridgeSessionDescriptionHandler('session-5', new RendererHub().media);
    await expect(sdh.getDescription()).rejects.toBeInstanceOf(MediaUnavailableError);
  });

  it('fails the SDP step when the renderer goes away mid-request', async () => {
    const { hub, rendererCarrier } = bridgeWithFakeRenderer();
    const sdh = new MediaBridgeSessionDescriptionHandler('session-6', hub.media);
    const pending = sdh.setDescription('v=0');
    rendererCarrier.close();
    await expect(pending).rejects.toBeInstanceOf(MediaUnavailableError);
  });

  it('refuses SDP modifiers, which cannot cross to the renderer', async () => {
    const { hub } = bridgeWithFakeRenderer();
    const sdh = new MediaBridgeSessionDescriptionHandler('session-7', hub.media);
    await expect(sdh.getDescription(undefined, [async (d) => d])).rejects.toThrow(/modifiers/);
  });
});

describe('pickDescriptionOptions', () => {
  it('keeps only plain data: callbacks stay behind', () => {
    expect(
      pickDescriptionOptions({ hold: false, onDataChannel: () => undefined, offerOptions: { iceRestart: true }, iceGatheringTimeout: 500 } as never),
    ).toEqual({ hold: false, offerOptions: { iceRestart: true }, iceGatheringTimeout: 500 });
    expect(pickDescriptionOptions(undefined)).toBeUndefined();
  });
});
