import { describe, expect, it } from 'vitest';
import { failureForStatus } from './call-failure.js';

describe('failureForStatus', () => {
  it.each([
    [486, 'busy'],
    [600, 'busy'],
    [404, 'unreachable'],
    [480, 'unreachable'],
    [408, 'unreachable'],
    [603, 'declined'],
    [487, 'noAnswer'],
    [484, 'invalidNumber'],
    [403, 'notAllowed'],
    [488, 'incompatible'],
  ] as const)('reads %i as %s', (statusCode, reason) => {
    expect(failureForStatus(statusCode)).toEqual({ reason, statusCode });
  });

  it('falls back by class: server trouble, a global refusal, anything else refused', () => {
    expect(failureForStatus(503).reason).toBe('networkError');
    expect(failureForStatus(0).reason).toBe('networkError');
    expect(failureForStatus(607).reason).toBe('declined');
    expect(failureForStatus(415).reason).toBe('rejected');
  });
});
