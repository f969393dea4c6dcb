import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DataChange } from '../../shared/contract/index.js';
import type { RendererSideLink } from '../../shared/messaging/links.js';
import { createCallbacksStore, startCallbacksSync } from './callbacks-store.js';

afterEach(() => vi.useRealTimers());

/** A stand-in link: counts list requests, answers each with the day it was asked on, delivers data.changed. */
function fakeLink() {
  const listeners: ((change: DataChange) => void)[] = [];
  let asked = 0;
  const link = {
    request: () => {
      asked += 1;
      return Promise.resolve({ ok: true, value: { today: `2026-11-${24 + asked}`, callbacks: [] } });
    },
    on: (_channel: string, listener: (change: DataChange) => void) => {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
  } as unknown as RendererSideLink;
  return { link, asked: () => asked, change: (change: DataChange) => listeners.forEach((l) => l(change)) };
}

describe('startCallbacksSync', () => {
  it('reads the list at start, on a change of a case, and on the timer; not on other tables', async () => {
    vi.useFakeTimers();
    const fake = fakeLink();
    const store = createCallbacksStore();
    const stop = startCallbacksSync(fake.link, store, 60_000);
    expect(fake.asked()).toBe(1);
    fake.change({ table: 'agent_state_log', op: 'INSERT', id: '1' });
    expect(fake.asked()).toBe(1);
    fake.change({ table: 'cases', op: 'UPDATE', id: 'c' });
    expect(fake.asked()).toBe(2);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fake.asked()).toBe(3);
    expect(store.getState().list?.today).toBe('2026-11-27');
    stop();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(fake.asked()).toBe(3);
  });
});
