/**
 * The media engine's sessions: a ringing call's microphone is opened once and reused by the
 * answer, released only if the core never used it, and the SDP answer starts with the offer.
 */
import type { BodyAndContentType } from 'sip.js';
import { describe, expect, it } from 'vitest';
import { MediaSessions, type WebSdh } from './media-sessions.js';

class FakeSdh {
  readonly calls: string[] = [];
  signalingState = 'stable';
  microphoneFails = false;
  get peerConnection() {
    return { signalingState: this.signalingState } as RTCPeerConnection;
  }
  async openMicrophone(): Promise<void> {
    this.calls.push('openMicrophone');
    if (this.microphoneFails) throw new Error('NotReadableError');
  }
  async setDescription(sdp: string): Promise<void> {
    this.calls.push(`set ${sdp}`);
    if (sdp.endsWith('offer')) this.signalingState = 'have-remote-offer';
  }
  async getDescription(): Promise<BodyAndContentType> {
    this.calls.push('get');
    this.signalingState = 'stable';
    return { body: 'answer', contentType: 'application/sdp' };
  }
  close(): void {
    this.calls.push('close');
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function sessions(firstMicrophoneFails = false) {
  const made: FakeSdh[] = [];
  const closed: string[] = [];
  const media = new MediaSessions({
    makeSdh: async () => {
      const sdh = new FakeSdh();
      sdh.microphoneFails = firstMicrophoneFails && made.length === 0;
      made.push(sdh);
      return sdh as unknown as WebSdh;
    },
    onCreated: () => undefined,
    onClosed: (id) => closed.push(id),
  });
  return { media, made, closed };
}

describe('media sessions', () => {
  it('answer with the session prepared while ringing, its answer begun as soon as the offer is set', async () => {
    const { media, made } = sessions();
    media.prepare('call');
    media.prepare('call');
    await media.setDescription('call', 'offer', undefined);
    const { description } = await media.getDescription('call', undefined);
    expect(made).toHaveLength(1);
    expect(made[0]?.calls).toEqual(['openMicrophone', 'set offer', 'get']);
    expect(description.body).toBe('answer');
  });

  it('give a prepared session back when the call goes elsewhere, but leave an answered one to the core', async () => {
    const { media, made, closed } = sessions();
    media.prepare('gone');
    media.release('gone');
    media.prepare('answered');
    await media.setDescription('answered', 'offer', undefined);
    media.release('answered');
    await Promise.resolve();
    expect(closed).toEqual(['gone']);
    expect(made[0]?.calls).toContain('close');
    expect(made[1]?.calls).not.toContain('close');
  });

  it('start afresh when the microphone could not be opened while ringing, so the answer asks again', async () => {
    const { media, made } = sessions(true);
    media.prepare('call');
    await media.setDescription('call', 'offer', undefined);
    expect(made.map((sdh) => sdh.calls)).toEqual([['openMicrophone', 'close'], ['set offer', 'get']]);
  });

  it('set the offer while the call rings and make the answer as soon as the agent answers', async () => {
    const { media, made } = sessions();
    media.offerReceived('call', 'offer');
    media.prepare('call');
    await settle();
    expect(made[0]?.calls).toEqual(['openMicrophone', 'set offer']);
    media.answering('call');
    await settle();
    expect(made[0]?.calls).toEqual(['openMicrophone', 'set offer', 'get']);
    await media.setDescription('call', 'offer', { constraints: { audio: true, video: false } });
    const { description } = await media.getDescription('call', { constraints: { audio: true, video: false } });
    expect(description.body).toBe('answer');
    expect(made).toHaveLength(1);
    expect(made[0]?.calls).toEqual(['openMicrophone', 'set offer', 'get']);
  });

  it('set the offer the core sends when it differs from the one seen while ringing', async () => {
    const { media, made } = sessions();
    media.prepare('call');
    media.offerReceived('call', 'offer');
    await settle();
    await media.setDescription('call', 'other offer', undefined);
    expect(made[0]?.calls).toEqual(['openMicrophone', 'set offer', 'set other offer', 'get']);
  });

  it('offer when the core asks for a description with no remote offer (a call out, a reloaded page)', async () => {
    const { media, made } = sessions();
    await media.getDescription('out', undefined);
    await media.setDescription('out', 'answer', undefined);
    expect(made[0]?.calls).toEqual(['get', 'set answer']);
  });
});
