/**
 * The media engine's calls, one real sip.js Web SessionDescriptionHandler each, and the two things
 * that keep the bridge from slowing an answer down: a ringing call's peer connection and
 * microphone made before the click, and the SDP answer started as soon as the caller's offer is set.
 */
import { Web, type BodyAndContentType, type SessionDescriptionHandlerOptions } from 'sip.js';

/** sip.js's Web SDH, with its own microphone step reachable so a ringing call can take it early. */
class PreparableSdh extends Web.SessionDescriptionHandler {
  openMicrophone(options: SessionDescriptionHandlerOptions): Promise<void> {
    return this.getLocalMediaStream(options);
  }
}
export type WebSdh = PreparableSdh;

/** What the core's accept asks for (main/phone/calls.ts); the same constraints let sip.js reuse the stream. */
const answerOptions: SessionDescriptionHandlerOptions = { constraints: { audio: true, video: false } };

interface MediaSession {
  sdh: WebSdh;
  /** The caller's offer, set while the call rings (no local description yet, so nothing is sent). */
  offer?: { sdp: string; applied: Promise<void> };
  /** The answer to a remote offer, begun when the offer was set or the agent answered: sip.js asks for it next. */
  answer?: Promise<BodyAndContentType>;
}

export interface MediaSessionsOptions {
  makeSdh: () => Promise<WebSdh>;
  onCreated: (sessionId: string, sdh: WebSdh) => void;
  onClosed: (sessionId: string) => void;
}

export const makePreparableSdh = (...args: ConstructorParameters<typeof Web.SessionDescriptionHandler>): WebSdh => new PreparableSdh(...args);

export class MediaSessions {
  private readonly sessions = new Map<string, Promise<MediaSession>>();
  /** Prepared for a ringing call and not yet touched by the core. */
  private readonly unused = new Set<string>();
  /** Offers of calls offered here, by session, until the call is answered or gone. */
  private readonly offers = new Map<string, string>();

  constructor(private readonly options: MediaSessionsOptions) {}

  /**
   * The microphone is opened while the call still rings, which is what makes answering as quick as
   * a plain phone: nothing is sent before the answer, as the peer connection has no remote side yet.
   */
  prepare(sessionId: string): void {
    if (this.sessions.has(sessionId)) return;
    this.unused.add(sessionId);
    this.sessions.set(
      sessionId,
      this.create(sessionId).then(async (session) => {
        try {
          await session.sdh.openMicrophone(answerOptions);
        } catch {
          // The answer itself will ask again and fail the call the usual way if it still cannot.
          session.sdh.close();
          return this.create(sessionId);
        }
        const sdp = this.offers.get(sessionId);
        if (sdp !== undefined) this.applyOffer(session, sdp);
        return session;
      }),
    );
  }

  offerReceived(sessionId: string, sdp: string): void {
    this.offers.set(sessionId, sdp);
    const session = this.sessions.get(sessionId);
    void session?.then((s) => {
      if (this.unused.has(sessionId)) this.applyOffer(s, sdp);
    });
  }

  /**
   * The agent has answered (the core says so before it asks for the answer): the prepared session
   * makes its answer now, while the page renders the call and the core's requests are on their way.
   */
  answering(sessionId: string): void {
    const session = this.sessions.get(sessionId);
    if (!session || !this.unused.has(sessionId)) return;
    void session.then((s) => {
      if (!s.offer || s.answer) return;
      s.answer = s.offer.applied.then(() => s.sdh.getDescription(answerOptions));
      s.answer.catch(() => undefined);
    });
  }

  release(sessionId: string): void {
    this.offers.delete(sessionId);
    if (this.unused.has(sessionId)) this.close(sessionId);
  }

  /** Prepared sessions start again, e.g. with the microphone the agent has just chosen. */
  renewUnused(): void {
    for (const sessionId of [...this.unused]) {
      this.close(sessionId);
      this.prepare(sessionId);
    }
  }

  /** The core's session: the prepared one, or a new one (outgoing calls, a reloaded page). */
  private forCore(sessionId: string): Promise<MediaSession> {
    this.unused.delete(sessionId);
    this.offers.delete(sessionId);
    let session = this.sessions.get(sessionId);
    if (!session) {
      session = this.create(sessionId);
      this.sessions.set(sessionId, session);
    }
    return session;
  }

  async setDescription(sessionId: string, sdp: string, options: SessionDescriptionHandlerOptions | undefined): Promise<WebSdh> {
    const session = await this.forCore(sessionId);
    const early = session.offer;
    session.offer = undefined;
    if (early?.sdp === sdp && sameOptions(options, answerOptions)) {
      // Set while ringing; should that have failed, setting it again fails the call the usual way.
      if (await early.applied.then(() => true, () => false)) {
        if (!session.answer) this.startAnswer(session, options);
        return session.sdh;
      }
    }
    session.answer = undefined;
    await session.sdh.setDescription(sdp, options);
    this.startAnswer(session, options);
    return session.sdh;
  }

  private startAnswer(session: MediaSession, options: SessionDescriptionHandlerOptions | undefined): void {
    // sip.js follows a remote offer with getDescription and the same options (Session.setOfferAndGetAnswer),
    // so the answer need not wait for that request to cross the bridge.
    if (session.sdh.peerConnection?.signalingState === 'have-remote-offer') {
      session.answer = session.sdh.getDescription(options);
      session.answer.catch(() => undefined);
    }
  }

  async getDescription(sessionId: string, options: SessionDescriptionHandlerOptions | undefined): Promise<{ sdh: WebSdh; description: BodyAndContentType }> {
    const session = await this.forCore(sessionId);
    const { sdh, answer } = session;
    if (answer) {
      session.answer = undefined;
      return { sdh, description: await answer };
    }
    // An offer the other side refused (a re-INVITE answered 500 or 491) is still pending here:
    // sip.js's Web SDH has no rollback and would refuse the retry, so roll back first.
    if (sdh.peerConnection?.signalingState === 'have-local-offer') await sdh.peerConnection.setLocalDescription({ type: 'rollback' });
    return { sdh, description: await sdh.getDescription(options) };
  }

  /** The session's handler once it is made, or undefined if there is no such session. */
  async peek(sessionId: string): Promise<WebSdh | undefined> {
    return (await this.sessions.get(sessionId))?.sdh;
  }

  close(sessionId: string): void {
    const session = this.sessions.get(sessionId);
    this.sessions.delete(sessionId);
    this.unused.delete(sessionId);
    this.offers.delete(sessionId);
    void session?.then(({ sdh }) => sdh.close());
    this.options.onClosed(sessionId);
  }

  closeAll(): void {
    [...this.sessions.keys()].forEach((sessionId) => this.close(sessionId));
  }

  private applyOffer(session: MediaSession, sdp: string): void {
    if (session.offer) return;
    const applied = session.sdh.setDescription(sdp, answerOptions);
    applied.catch(() => undefined);
    session.offer = { sdp, applied };
  }

  private async create(sessionId: string): Promise<MediaSession> {
    const sdh = await this.options.makeSdh();
    this.options.onCreated(sessionId, sdh);
    return { sdh };
  }
}

const sameOptions = (a: SessionDescriptionHandlerOptions | undefined, b: SessionDescriptionHandlerOptions) => JSON.stringify(a ?? {}) === JSON.stringify(b);
