/**
 * The renderers the core serves (Electron windows, or browser tabs through the dev host). Events
 * go to all of them; media is made by one: the most recently connected, which after a reload is
 * the page the agent is looking at. Whoever listens hears when that page changes, since a page
 * that takes over mid-call starts without the calls' peer connections.
 */
import type { CoreEvents, PayloadOf } from '../../shared/contract/index.js';
import type { Result } from '../../shared/contract/result.js';
import type { CoreSideLink } from '../../shared/messaging/links.js';
import { MediaUnavailableError, type MediaEngine } from '../phone/media-engine.js';

export class RendererHub {
  private readonly links: CoreSideLink[] = [];
  private readonly hostListeners = new Set<(present: boolean) => void>();

  add(link: CoreSideLink): void {
    this.changingHost(() => this.links.push(link));
    link.onClose(() =>
      this.changingHost(() => {
        const index = this.links.indexOf(link);
        if (index >= 0) this.links.splice(index, 1);
      }),
    );
  }

  /** Called with whether a page hosts media now, each time the hosting page changes. */
  onMediaHostChanged(listener: (present: boolean) => void): () => void {
    this.hostListeners.add(listener);
    return () => this.hostListeners.delete(listener);
  }

  get count(): number {
    return this.links.length;
  }

  broadcast<K extends keyof CoreEvents & string>(channel: K, payload: PayloadOf<CoreEvents, K>): void {
    for (const link of this.links) link.emit(channel, payload);
  }

  closeAll(): void {
    for (const link of [...this.links]) link.close();
  }

  /** The media engine of the renderer that hosts media now, as the phone needs it. */
  readonly media: MediaEngine = {
    getDescription: async (sessionId, options) => unwrap(await this.mediaHost().request('media.getDescription', { sessionId, options })),
    setDescription: async (sessionId, sdp, options) =>
      unwrap(await this.mediaHost().request('media.setDescription', { sessionId, sdp, options })),
    sendDtmf: async (sessionId, tones, options) =>
      unwrap(await this.mediaHost().request('media.sendDtmf', { sessionId, tones, ...options })).sent,
    close: (sessionId) => {
      for (const link of this.links) link.emit('media.sessionClosed', { sessionId });
    },
    offerReceived: (sessionId, sdp) => this.links.at(-1)?.emit('media.offerReceived', { sessionId, sdp }),
  };

  private changingHost(change: () => void): void {
    const before = this.links.at(-1);
    change();
    const after = this.links.at(-1);
    if (after !== before) for (const listener of this.hostListeners) listener(after !== undefined);
  }

  private mediaHost(): CoreSideLink {
    const host = this.links.at(-1);
    if (!host) throw new MediaUnavailableError('no desk window is open');
    return host;
  }
}

function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new MediaUnavailableError(result.error.code);
}
