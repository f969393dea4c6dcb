/**
 * How long to wait before the next attempt to reach the phone server: exponential backoff with
 * jitter, so that a whole contact centre coming back after an outage does not knock at once.
 */
export interface ReconnectPolicy {
  delayMs(attempt: number): number;
}

export function exponentialBackoff({
  firstMs = 1_000,
  maxMs = 30_000,
  random = Math.random,
}: { firstMs?: number; maxMs?: number; random?: () => number } = {}): ReconnectPolicy {
  return {
    delayMs(attempt) {
      const ceiling = Math.min(maxMs, firstMs * 2 ** Math.max(0, attempt));
      return Math.round(ceiling * (0.5 + random() * 0.5));
    },
  };
}
