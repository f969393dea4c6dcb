import { describe, expect, it, vi } from 'vitest';
import { ContractFailure } from '../contract/result.js';
import { createCarrierPair } from './carrier.js';
import { createCoreSideLink, createRendererSideLink } from './links.js';

function linkedPair() {
  const [coreCarrier, rendererCarrier] = createCarrierPair();
  const rejectedAtCore = vi.fn();
  const handlerErrors = vi.fn();
  const core = createCoreSideLink(coreCarrier, { onRejected: rejectedAtCore, onHandlerError: handlerErrors });
  const rejectedAtRenderer = vi.fn();
  const renderer = createRendererSideLink(rendererCarrier, { onRejected: rejectedAtRenderer, requestTimeoutMs: 200 });
  return { core, renderer, rejectedAtCore, rejectedAtRenderer, handlerErrors, rendererCarrier };
}

describe('contract link', () => {
  it('carries a valid request to its handler and the reply back', async () => {
    const { core, renderer } = linkedPair();
    const answer = vi.fn(() => ({}));
    core.handle('phone.answerCall', answer);
    expect(await renderer.request('phone.answerCall', { callId: 'c-1' })).toEqual({ ok: true, value: {} });
    expect(answer).toHaveBeenCalledWith({ callId: 'c-1' });
  });

  it('refuses a request whose body breaks the schema, naming the field, without calling the handler', async () => {
    const { core, rendererCarrier, rejectedAtCore } = linkedPair();
    const answer = vi.fn(() => ({}));
    core.handle('phone.answerCall', answer);
    const replies: string[] = [];
    rendererCarrier.onMessage((text) => replies.push(text));
    // Tried: a number where the call id string belongs, as a compromised page might send.
    rendererCarrier.send(JSON.stringify({ t: 'req', id: 7, ch: 'phone.answerCall', body: { callId: 42 } }));
    await vi.waitFor(() => expect(replies).toHaveLength(1));
    expect(JSON.parse(replies[0]!)).toEqual({
      t: 'res',
      id: 7,
      result: { ok: false, error: { code: 'invalidRequest', messageKey: 'errors.invalidRequest', field: 'callId' } },
    });
    expect(answer).not.toHaveBeenCalled();
    expect(rejectedAtCore).toHaveBeenCalledWith({ channel: 'phone.answerCall', code: 'invalidRequest', field: 'callId' });
  });

  it('refuses extra fields, unknown channels and text that is not JSON', async () => {
    const { core, rendererCarrier, rejectedAtCore } = linkedPair();
    core.handle('phone.answerCall', () => ({}));
    const replies: unknown[] = [];
    rendererCarrier.onMessage((text) => replies.push(JSON.parse(text)));
    rendererCarrier.send(JSON.stringify({ t: 'req', id: 1, ch: 'phone.answerCall', body: { callId: 'c', extra: true } }));
    rendererCarrier.send(JSON.stringify({ t: 'req', id: 2, ch: 'system.exec', body: {} }));
    rendererCarrier.send(JSON.stringify({ t: 'req', id: 3, ch: '__proto__', body: {} }));
    rendererCarrier.send('{not json');
    await vi.waitFor(() => expect(replies).toHaveLength(3));
    expect(replies).toEqual([
      expect.objectContaining({ id: 1, result: expect.objectContaining({ error: expect.objectContaining({ code: 'invalidRequest', field: '(body)' }) }) }),
      expect.objectContaining({ id: 2, result: expect.objectContaining({ error: expect.objectContaining({ code: 'unknownChannel' }) }) }),
      expect.objectContaining({ id: 3, result: expect.objectContaining({ error: expect.objectContaining({ code: 'unknownChannel' }) }) }),
    ]);
    expect(rejectedAtCore).toHaveBeenCalledWith({ channel: '(unknown)', code: 'malformedMessage' });
  });

  it('turns a handler failure into a typed error and a crash into "internal", and keeps serving', async () => {
    const { core, renderer, handlerErrors } = linkedPair();
    core.handle('phone.answerCall', () => {
      throw new ContractFailure('notRinging', 'phone.errors.notRinging');
    });
    core.handle('phone.hangUpCall', () => {
      throw new TypeError('bug');
    });
    core.handle('phone.getSnapshot', () => ({ registration: { state: 'stopped', user: '1001' }, calls: [], callers: [] }));
    expect(await renderer.request('phone.answerCall', { callId: 'c' })).toEqual({
      ok: false,
      error: { code: 'notRinging', messageKey: 'phone.errors.notRinging' },
    });
    expect(await renderer.request('phone.hangUpCall', { callId: 'c' })).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(handlerErrors).toHaveBeenCalledWith('phone.hangUpCall', expect.any(TypeError));
    expect(await renderer.request('phone.getSnapshot', {})).toMatchObject({ ok: true });
  });

  it('checks replies to its own requests: a renderer answering nonsense is an error, not data', async () => {
    const [coreCarrier, rawRenderer] = createCarrierPair();
    const core = createCoreSideLink(coreCarrier);
    // Tried: a page that answers a media request with a string where a boolean belongs.
    rawRenderer.onMessage((text) => {
      const { id } = JSON.parse(text) as { id: number };
      rawRenderer.send(JSON.stringify({ t: 'res', id, result: { ok: true, value: { dtmfReady: 'yes' } } }));
    });
    expect(await core.request('media.setDescription', { sessionId: 's', sdp: 'v=0', options: undefined })).toEqual({
      ok: false,
      error: { code: 'invalidReply', messageKey: 'errors.invalidReply', field: 'dtmfReady' },
    });
  });

  it('delivers valid events and drops invalid ones', async () => {
    const pair = linkedPair();
    const { rejectedAtRenderer } = pair;
    const seen = vi.fn();
    pair.renderer.on('phone.registrationChanged', seen);
    pair.core.emit('phone.registrationChanged', { state: 'registered', user: '1001' });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith({ state: 'registered', user: '1001' }));
    expect(rejectedAtRenderer).not.toHaveBeenCalled();
    expect(() => pair.core.emit('phone.registrationChanged', { state: 'dancing', user: '1001' } as never)).toThrow();
  });

  it('answers pending requests with linkClosed when the connection drops, and times out silent peers', async () => {
    const [rendererCarrier] = createCarrierPair();
    const renderer = createRendererSideLink(rendererCarrier, { requestTimeoutMs: 50 });
    expect(await renderer.request('phone.getSnapshot', {})).toMatchObject({ ok: false, error: { code: 'timeout' } });
    const { core } = linkedPair();
    const pending = core.request('media.getDescription', { sessionId: 's', options: undefined });
    core.close();
    expect(await pending).toMatchObject({ ok: false, error: { code: 'linkClosed' } });
    expect(await core.request('media.getDescription', { sessionId: 's', options: undefined })).toMatchObject({ ok: false, error: { code: 'linkClosed' } });
  });
});
