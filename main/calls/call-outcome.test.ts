import { describe, expect, it } from 'vitest';
import { outcomeOfEndedCall } from './call-outcome.js';

describe('outcomeOfEndedCall', () => {
  it('records a connected call as answered, whoever hung up', () => {
    for (const endReason of ['hungUpByAgent', 'hungUpByCaller', 'mediaFailed'] as const) {
      expect(outcomeOfEndedCall({ direction: 'inbound', answeredAt: 5, endReason })).toBe('answered');
      expect(outcomeOfEndedCall({ direction: 'outbound', answeredAt: 5, endReason })).toBe('answered');
    }
  });

  it('records a call the agent handed on as transferred', () => {
    expect(outcomeOfEndedCall({ direction: 'inbound', answeredAt: 5, endReason: 'transferred' })).toBe('transferred');
  });

  it('records an inbound call that rang here unanswered as missed', () => {
    for (const endReason of ['callerGaveUp', 'hungUpByAgent', 'mediaFailed'] as const) {
      expect(outcomeOfEndedCall({ direction: 'inbound', endReason })).toBe('missed');
    }
  });

  it('leaves a call another agent answered to that agent', () => {
    expect(outcomeOfEndedCall({ direction: 'inbound', endReason: 'answeredElsewhere' })).toBeUndefined();
  });

  it('records an outgoing call that never connected as abandoned', () => {
    expect(outcomeOfEndedCall({ direction: 'outbound', endReason: 'failed' })).toBe('abandoned');
    expect(outcomeOfEndedCall({ direction: 'outbound', endReason: 'hungUpByAgent' })).toBe('abandoned');
  });
});
