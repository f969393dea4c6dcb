import { describe, expect, it } from 'vitest';
import { createCarrierPair } from '../../shared/messaging/carrier.js';
import { createCoreSideLink, createRendererSideLink } from '../../shared/messaging/links.js';
import { RendererHub } from './renderer-hub.js';

/** A page on a real contract link that says which page it is when asked for media. */
function page(hub: RendererHub, name: string) {
  const [coreCarrier, pageCarrier] = createCarrierPair();
  hub.add(createCoreSideLink(coreCarrier));
  const link = createRendererSideLink(pageCarrier);
  link.handle('media.getDescription', () => ({ body: name, contentType: 'application/sdp', dtmfReady: false }));
  return { close: () => pageCarrier.close() };
}

describe('RendererHub media host', () => {
  it('hands media to the newest page and says so each time the host changes', async () => {
    const hub = new RendererHub();
    const changes: boolean[] = [];
    hub.onMediaHostChanged((present) => changes.push(present));
    const first = page(hub, 'first');
    const second = page(hub, 'second');
    expect((await hub.media.getDescription('s', undefined)).body).toBe('second');

    second.close();
    expect((await hub.media.getDescription('s', undefined)).body).toBe('first');
    first.close();
    expect(changes).toEqual([true, true, true, false]);
  });

  it('stays quiet when a page that does not host media goes away', () => {
    const hub = new RendererHub();
    const older = page(hub, 'older');
    page(hub, 'newer');
    const changes: boolean[] = [];
    hub.onMediaHostChanged((present) => changes.push(present));
    older.close();
    expect(changes).toEqual([]);
  });
});
