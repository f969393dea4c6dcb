/** The desk knows whether it is connected, and what ran on a link stops when the link closes. */
import { describe, expect, it } from 'vitest';
import { createCarrierPair } from '../../shared/messaging/carrier.js';
import { createRendererSideLink } from '../../shared/messaging/links.js';
import { createCoreConnectionStore, serveCoreConnection } from './core-connection.js';

describe('core connection', () => {
  it('goes connecting -> connected -> lost, stopping what served the link', async () => {
    const [, rendererEnd] = createCarrierPair();
    const link = createRendererSideLink(rendererEnd);
    const store = createCoreConnectionStore();
    const served: string[] = [];
    expect(store.getState().status).toBe('connecting');

    await serveCoreConnection({
      connect: async () => link,
      serve: () => {
        served.push('started');
        return () => served.push('stopped');
      },
      store,
    });
    expect(store.getState()).toEqual({ status: 'connected', link });

    link.close();
    expect(store.getState()).toEqual({ status: 'lost', link: null });
    expect(served).toEqual(['started', 'stopped']);
  });

  it('reports a connection that could not be made as lost', async () => {
    const store = createCoreConnectionStore();
    await serveCoreConnection({ connect: () => Promise.reject(new Error('no core')), serve: () => () => {}, store });
    expect(store.getState().status).toBe('lost');
  });
});
