/** The top bar learns the agent's state and reasons at connect and follows every change the core sends. */
import { afterEach, describe, expect, it } from 'vitest';
import { createCarrierPair } from '../../shared/messaging/carrier.js';
import { createCoreSideLink, createRendererSideLink } from '../../shared/messaging/links.js';
import { createAgentStateStore, startAgentStateSync } from './agent-state-mirror.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('agent state mirror', () => {
  let close = () => {};
  afterEach(() => close());

  function connected() {
    const [coreEnd, rendererEnd] = createCarrierPair();
    const core = createCoreSideLink(coreEnd);
    core.handle('agent.getState', () => ({ state: 'ready', since: 1_000, notReadyReasons: ['break', 'lunch'] }));
    const renderer = createRendererSideLink(rendererEnd);
    close = () => renderer.close();
    const store = createAgentStateStore();
    const stop = startAgentStateSync(renderer, store);
    return { core, store, stop };
  }

  it('shows the state and the reasons at connect, then each change', async () => {
    const { core, store } = connected();
    await settle();
    expect(store.getState()).toEqual({ status: { state: 'ready', since: 1_000 }, notReadyReasons: ['break', 'lunch'] });
    core.emit('agent.stateChanged', { state: 'notReady', reason: 'missedCall', since: 2_000 });
    await settle();
    expect(store.getState().status).toEqual({ state: 'notReady', reason: 'missedCall', since: 2_000 });
  });

  it('keeps a change that arrived before the connect answer', async () => {
    const { core, store } = connected();
    core.emit('agent.stateChanged', { state: 'onCall', since: 3_000 });
    await settle();
    await settle();
    expect(store.getState()).toEqual({ status: { state: 'onCall', since: 3_000 }, notReadyReasons: ['break', 'lunch'] });
  });
});
