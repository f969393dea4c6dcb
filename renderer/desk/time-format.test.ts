/** Durations and countdowns read the way the agent expects. */
import { describe, expect, it } from 'vitest';
import { formatElapsed, secondsUntil } from './time-format.js';

describe('time format', () => {
  it('formats call durations as m:ss, and h:mm:ss past an hour', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(247_900)).toBe('4:07');
    expect(formatElapsed(3_753_000)).toBe('1:02:33');
    expect(formatElapsed(-500)).toBe('0:00');
  });

  it('counts down in whole seconds, reaching 0 only when the moment has come', () => {
    expect(secondsUntil(10_000, 5_001)).toBe(5);
    expect(secondsUntil(10_000, 9_999)).toBe(1);
    expect(secondsUntil(10_000, 10_000)).toBe(0);
    expect(secondsUntil(10_000, 12_000)).toBe(0);
  });
});
