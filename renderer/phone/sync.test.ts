/** The mirror is fed over a real contract link (in memory) by the core's snapshot and events. */
import { afterEach, describe, expect, it } from 'vitest';
import type { PhoneSnapshot } from '../../shared/contract/index.js';
import { createCarrierPair } from '../../shared/messaging/carrier.js';
import { createCoreSideLink, createRendererSideLink } from '../../shared/messaging/links.js';
import { createPhoneStore } from './phone-store.js';
import { startPhoneSync } from './sync.js';
import { aCall, anIdentification } from './test-fixtures.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function connected(snapshot: PhoneSnapshot) {
  const [coreEnd, rendererEnd] = createCarrierPair();
  const core = createCoreSideLink(coreEnd);
  core.handle('phone.getSnapshot', () => snapshot);
  const renderer = createRendererSideLink(rendererEnd);
  const store = createPhoneStore();
  const stop = startPhoneSync(renderer, store, () => 0);
  return { core, store, stop, close: () => renderer.close() };
}

describe('phone sync', () => {
  let close = () => {};
  afterEach(() => close());

  it('rebuilds the mirror from the snapshot at connect', async () => {
    const link = connected({ registration: { state: 'registered', user: '1001' }, calls: [aCall('call-1', 'active')], callers: [anIdentification('call-1')] });
    close = link.close;
    await settle();
    expect(link.store.getState().registration?.state).toBe('registered');
    expect(link.store.getState().calls['call-1']?.state).toBe('active');
    // A page reloaded mid-call shows the caller's card again, not just the number.
    expect(link.store.getState().callers['call-1']?.identified.match.kind).toBe('citizens');
  });

  it('applies screen-pop, ringing and ended events as they come', async () => {
    const link = connected({ registration: { state: 'registered', user: '1001' }, calls: [], callers: [] });
    close = link.close;
    await settle();
    link.core.emit('screenpop.callerIdentified', anIdentification('call-2'));
    link.core.emit('phone.callChanged', aCall('call-2', 'ringing'));
    await settle();
    expect(link.store.getState().callers['call-2']?.identified.match.kind).toBe('citizens');
    expect(link.store.getState().calls['call-2']?.state).toBe('ringing');
    link.core.emit('phone.callChanged', aCall('call-2', 'ended', { endReason: 'callerGaveUp' }));
    link.core.emit('phone.registrationChanged', { state: 'unreachable', user: '1001', nextAttemptAt: 9 });
    await settle();
    expect(link.store.getState().calls).toEqual({});
    expect(link.store.getState().registration?.state).toBe('unreachable');
  });

  it('stops following the link when stopped', async () => {
    const link = connected({ registration: { state: 'registered', user: '1001' }, calls: [], callers: [] });
    close = link.close;
    await settle();
    link.stop();
    link.core.emit('phone.callChanged', aCall('call-3', 'ringing'));
    await settle();
    expect(link.store.getState().calls).toEqual({});
  });
});
