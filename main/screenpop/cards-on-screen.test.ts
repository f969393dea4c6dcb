/** The ring waits for the painted card, but never longer than the limit. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardsOnScreen } from './cards-on-screen.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('CardsOnScreen', () => {
  it('resolves as soon as a page says the card is painted', async () => {
    const cards = new CardsOnScreen(250);
    const painted = cards.painted('call-1');
    cards.shown('call-1');
    await expect(painted).resolves.toBe('painted');
  });

  it('gives up after the limit when no page answers, ignoring an answer for another call', async () => {
    vi.useFakeTimers();
    const cards = new CardsOnScreen(250);
    const painted = cards.painted('call-1');
    cards.shown('call-2');
    vi.advanceTimersByTime(249);
    let settled = false;
    void painted.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    vi.advanceTimersByTime(1);
    await expect(painted).resolves.toBe('timedOut');
  });
});
