import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { detectionBoundMs, KeepAlive } from './keep-alive.js';

function watchdog() {
  const ping = vi.fn();
  const onDead = vi.fn();
  const keepAlive = new KeepAlive({ idleMs: 10_000, answerMs: 5_000, ping, onDead });
  return { keepAlive, ping, onDead };
}

describe('KeepAlive', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('pings only after a quiet spell, and stays quiet while the server talks', () => {
    const { keepAlive, ping } = watchdog();
    keepAlive.start();
    vi.advanceTimersByTime(9_000);
    keepAlive.heard();
    vi.advanceTimersByTime(9_000);
    expect(ping).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(ping).toHaveBeenCalledTimes(1);
  });

  it('keeps a connection whose ping is answered', () => {
    const { keepAlive, ping, onDead } = watchdog();
    keepAlive.start();
    vi.advanceTimersByTime(10_000);
    vi.advanceTimersByTime(40);
    keepAlive.heard();
    vi.advanceTimersByTime(10_000 + 4_999);
    expect(ping).toHaveBeenCalledTimes(2);
    expect(onDead).not.toHaveBeenCalled();
  });

  it('declares a silent connection dead within a quiet spell plus one unanswered ping', () => {
    const { keepAlive, onDead } = watchdog();
    keepAlive.start();
    vi.advanceTimersByTime(14_999);
    expect(onDead).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onDead).toHaveBeenCalledWith(15_000);
    expect(detectionBoundMs({ idleMs: 10_000, answerMs: 5_000 })).toBeLessThanOrEqual(30_000);
  });

  it('says nothing more once stopped', () => {
    const { keepAlive, ping, onDead } = watchdog();
    keepAlive.start();
    keepAlive.stop();
    vi.advanceTimersByTime(60_000);
    expect(ping).not.toHaveBeenCalled();
    expect(onDead).not.toHaveBeenCalled();
  });

  it('answers a probe at once when the server replies, and false when it does not', async () => {
    const { keepAlive, ping, onDead } = watchdog();
    keepAlive.start();
    const alive = keepAlive.probe(2_000);
    expect(ping).toHaveBeenCalledTimes(1);
    keepAlive.heard();
    await expect(alive).resolves.toBe(true);

    const silent = keepAlive.probe(2_000);
    vi.advanceTimersByTime(2_000);
    await expect(silent).resolves.toBe(false);
    expect(onDead).toHaveBeenCalledTimes(1);
  });

  it('treats a ping that cannot be sent as unanswered', () => {
    const onDead = vi.fn();
    const keepAlive = new KeepAlive({ idleMs: 1_000, answerMs: 500, ping: () => { throw new Error('not connected'); }, onDead });
    keepAlive.start();
    vi.advanceTimersByTime(1_500);
    expect(onDead).toHaveBeenCalledTimes(1);
  });

  it('reports a probe on a stopped watchdog as not alive', async () => {
    const { keepAlive } = watchdog();
    await expect(keepAlive.probe()).resolves.toBe(false);
  });
});
