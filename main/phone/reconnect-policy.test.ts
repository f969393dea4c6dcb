import { describe, expect, it } from 'vitest';
import { exponentialBackoff } from './reconnect-policy.js';

describe('exponentialBackoff', () => {
  it('doubles from one second up to the ceiling', () => {
    const policy = exponentialBackoff({ random: () => 1 });
    expect([0, 1, 2, 3, 4, 5, 6, 10].map((a) => policy.delayMs(a))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });
  it('spreads clients over the upper half of each step', () => {
    const low = exponentialBackoff({ random: () => 0 });
    expect(low.delayMs(2)).toBe(2000);
    const mid = exponentialBackoff({ random: () => 0.5 });
    expect(mid.delayMs(2)).toBe(3000);
  });
});
