import { describe, expect, it, vi } from 'vitest';
import type { LookedUpCaller, RegisteredCallerMatch } from '../data/caller-lookup.js';
import { createScreenPop } from './screen-pop.js';

const anna: RegisteredCallerMatch = {
  kind: 'citizens',
  citizens: [{ citizenId: 'c1', name: 'Anna Berg', district: 'Bromma', careManager: { name: 'Karin Holm', phone: '+46846500401' } }],
};
const lookedUp = (match: RegisteredCallerMatch): LookedUpCaller => ({ lookupId: 'lookup-1', match });

describe('screen-pop', () => {
  it('looks the caller up by E.164, for this agent and call, and keeps the look-up id in the core', async () => {
    const lookup = vi.fn(async () => lookedUp(anna));
    const onLookedUp = vi.fn();
    const identify = createScreenPop({ lookup, defaultRegion: () => 'SE', agent: () => '1001', onLookedUp });
    const popped = await identify('call-1', '0701740605');
    expect(lookup).toHaveBeenCalledWith('+46701740605', { agent: '1001', callId: 'call-1' });
    expect(onLookedUp).toHaveBeenCalledExactlyOnceWith('call-1', 'lookup-1');
    expect(JSON.stringify(popped)).not.toContain('lookup-1');
    expect(popped).toEqual({
      callId: 'call-1',
      caller: { e164: '+46701740605', display: '070-174 06 05' },
      match: {
        kind: 'citizens',
        citizens: [
          {
            citizenId: 'c1',
            name: 'Anna Berg',
            district: 'Bromma',
            careManager: { name: 'Karin Holm', phone: { e164: '+46846500401', display: '08-465 004 01' } },
          },
        ],
      },
    });
  });

  it('sends nothing of a protected caller but the marker, not even the number', async () => {
    const identify = createScreenPop({ lookup: async () => lookedUp({ kind: 'protected' }), defaultRegion: () => 'SE', agent: () => '1001' });
    expect(await identify('call-p', '+46701740606')).toEqual({ callId: 'call-p', caller: { e164: null, display: '' }, match: { kind: 'protected' } });
  });

  it('does not look up a number it cannot read, and calls the caller unknown', async () => {
    const lookup = vi.fn(async () => lookedUp(anna));
    const identify = createScreenPop({ lookup, defaultRegion: () => 'SE', agent: () => '1001' });
    const popped = await identify('call-2', 'anonymous');
    expect(lookup).not.toHaveBeenCalled();
    expect(popped.match).toEqual({ kind: 'unknown' });
  });

  it('says the look-up failed when the database throws, and still answers', async () => {
    const failed = vi.fn();
    const identify = createScreenPop({
      lookup: async () => Promise.reject(new Error('connection refused')),
      defaultRegion: () => 'SE',
      agent: () => '1001',
      onLookupFailed: failed,
    });
    expect((await identify('call-3', '+46701740605')).match).toEqual({ kind: 'lookupFailed' });
    expect(failed).toHaveBeenCalledWith('call-3', expect.any(Error));
  });

  it('gives up on a look-up that hangs, so the phone still rings, and keeps no look-up for the call', async () => {
    const onLookedUp = vi.fn();
    const identify = createScreenPop({
      lookup: () => new Promise<LookedUpCaller>(() => {}),
      defaultRegion: () => 'SE',
      agent: () => '1001',
      deadlineMs: 20,
      onLookedUp,
    });
    expect((await identify('call-4', '+46701740605')).match).toEqual({ kind: 'lookupFailed' });
    expect(onLookedUp).not.toHaveBeenCalled();
  });
});
