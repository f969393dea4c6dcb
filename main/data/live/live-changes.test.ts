/** Only well-formed announcements pass, and a desk started during an outage starts listening once it can. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DataChange } from '../../../shared/contract/data.js';
import { silentLogger } from '../../core/logger.js';
import type { Database } from '../database.js';
import { LIVE_CHANGES_CHANNEL, parseChange, subscribeLiveChanges } from './live-changes.js';

describe('parseChange', () => {
  it('takes what the trigger sends', () => {
    expect(parseChange('{"table":"cases","op":"INSERT","id":"7f1c0e6a-2c55-4c7e-9a36-0a2f3f0d9b11"}')).toEqual({
      table: 'cases',
      op: 'INSERT',
      id: '7f1c0e6a-2c55-4c7e-9a36-0a2f3f0d9b11',
    });
  });

  it('drops anything else: not JSON, another table, or a payload carrying more than the row id', () => {
    expect(parseChange('cases:INSERT')).toBeUndefined();
    expect(parseChange('{"table":"citizens","op":"UPDATE","id":"1"}')).toBeUndefined();
    expect(parseChange('{"table":"cases","op":"INSERT","id":"1","notes":"fell in the hall"}')).toBeUndefined();
  });
});

describe('subscribeLiveChanges', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps trying to listen while the server is down, then passes changes on and says it resumed', async () => {
    let serverUp = false;
    let deliver: (payload: string) => void = () => {};
    const attempts: number[] = [];
    const db = {
      listen: async (channel: string, onPayload: (payload: string) => void) => {
        attempts.push(Date.now());
        expect(channel).toBe(LIVE_CHANGES_CHANNEL);
        if (!serverUp) throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
        deliver = onPayload;
        return async () => {};
      },
    } as unknown as Database;
    const changes: DataChange[] = [];
    const resumed = vi.fn();
    const live = subscribeLiveChanges({
      db,
      onChange: (change) => changes.push(change),
      onResumed: resumed,
      log: silentLogger,
      retry: { delayMs: (attempt) => 1_000 * 2 ** attempt },
    });
    await vi.advanceTimersByTimeAsync(3_000);
    expect(attempts).toEqual([0, 1_000, 3_000]);
    serverUp = true;
    await vi.advanceTimersByTimeAsync(4_000);
    expect(attempts).toEqual([0, 1_000, 3_000, 7_000]);
    expect(resumed).toHaveBeenCalledTimes(1);
    deliver('{"table":"broadcasts","op":"INSERT","id":"b-1"}');
    deliver('garbage');
    expect(changes).toEqual([{ table: 'broadcasts', op: 'INSERT', id: 'b-1' }]);
    await live.stop();
  });
});
