/** "Recent calls" follows the core: read at connect, read again when a call ends, never out of order. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Call, CallHistoryEntry } from '../../shared/contract/index.js';
import { createCarrierPair } from '../../shared/messaging/carrier.js';
import { createCoreSideLink, createRendererSideLink, type CoreSideLink } from '../../shared/messaging/links.js';
import { createCallHistoryMirrorStore, startCallHistorySync } from './call-history-mirror.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const missed: CallHistoryEntry = { callId: 'c-1', direction: 'inbound', offeredAt: 1_000, endedAt: 9_000, outcome: 'missed', number: { e164: '+46701740605', display: '070-174 06 05' } };
const call = (state: Call['state']): Call => ({ callId: 'c-2', direction: 'inbound', state, caller: { e164: null, display: '' }, dialled: '600', offeredAt: 2_000 });

describe('call history mirror', () => {
  let close = () => {};
  afterEach(() => close());

  function connected(answers: CallHistoryEntry[][]) {
    const [coreEnd, rendererEnd] = createCarrierPair();
    const core = createCoreSideLink(coreEnd);
    const asked: number[] = [];
    core.handle('phone.getCallHistory', ({ limit }) => {
      asked.push(limit);
      return { calls: answers[Math.min(asked.length - 1, answers.length - 1)]! };
    });
    const renderer = createRendererSideLink(rendererEnd);
    close = () => renderer.close();
    const store = createCallHistoryMirrorStore();
    startCallHistorySync(renderer, store);
    return { core: core as CoreSideLink, store, asked };
  }

  it('shows the history at connect and reads it again when a call ends, not on every change', async () => {
    const { core, store, asked } = connected([[], [missed]]);
    await settle();
    expect(store.getState().calls).toEqual([]);
    core.emit('phone.callChanged', call('ringing'));
    await settle();
    expect(asked).toHaveLength(1);
    core.emit('phone.callChanged', call('ended'));
    await settle();
    await settle();
    expect(store.getState().calls).toEqual([missed]);
    expect(asked).toEqual([20, 20]);
  });

  it('says the history cannot be read when the core refuses', async () => {
    const [coreEnd, rendererEnd] = createCarrierPair();
    const core = createCoreSideLink(coreEnd);
    core.handle('phone.getCallHistory', () => Promise.reject(new Error('database down')));
    const renderer = createRendererSideLink(rendererEnd);
    close = () => renderer.close();
    const store = createCallHistoryMirrorStore();
    store.setState({ calls: [missed] });
    startCallHistorySync(renderer, store);
    await settle();
    await settle();
    expect(store.getState().calls).toBeNull();
  });
});
