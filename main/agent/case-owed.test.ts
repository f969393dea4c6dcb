/** The wrap-up rule as the agent meets it: an answered call keeps Ready shut until its case is saved or skipped. */
import { describe, expect, it } from 'vitest';
import type { Call } from '../../shared/contract/phone.js';
import { ContractFailure } from '../../shared/contract/result.js';
import { AgentService, type AgentClock } from './agent-service.js';

function setUp(caseRequired: boolean) {
  let now = 1_000_000;
  const timers = new Set<{ at: number; run: () => void }>();
  const clock: AgentClock = {
    now: () => now,
    after(ms, run) {
      const timer = { at: now + ms, run };
      timers.add(timer);
      return () => timers.delete(timer);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const timer of [...timers].filter((t) => t.at <= now)) {
      timers.delete(timer);
      timer.run();
    }
  };
  const service = new AgentService({
    settings: () => ({ notReadyReasons: ['break'], wrapUpSeconds: 30, ringTimeoutSeconds: 20, level: 1, level2DelaySeconds: 60 }),
    sipUser: () => '1001',
    declineCall: () => Promise.resolve(),
    ringCall: () => Promise.resolve(),
    onChanged: () => undefined,
    log: { info: () => undefined, warn: () => undefined, error: () => undefined },
    clock,
    caseRequired: () => caseRequired,
  });
  service.devicesReported({ headsetPresent: true, microphonePresent: true, selfTest: 'passed' });
  service.phoneEvent({ type: 'registrationChanged', status: { state: 'registered', user: '1001' } });
  const call = (callId: string, state: Call['state'], direction: Call['direction'] = 'inbound') =>
    service.phoneEvent({ type: 'callChanged', call: { callId, state, direction, caller: { e164: null, display: '' }, dialled: '600', offeredAt: now } });
  const talk = (callId: string, direction: Call['direction'] = 'inbound') => {
    call(callId, direction === 'inbound' ? 'ringing' : 'dialling', direction);
    call(callId, 'active', direction);
    call(callId, 'ended', direction);
  };
  return { service, call, talk, advance };
}

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof ContractFailure ? error.code : String(error);
  }
  return undefined;
};

describe('AgentService with cases required', () => {
  it('refuses Ready after an answered call until its case is saved, then allows it', () => {
    const { service, talk } = setUp(true);
    talk('c1');
    expect(service.status().state).toBe('wrapUp');
    expect(refusal(() => service.choose('ready'))).toBe('caseRequired');
    service.caseSettled('c1');
    expect(service.choose('ready').state).toBe('ready');
  });

  it('stays in wrap-up when the timer elapses with the case unsaved, and leaves it when the case is saved', () => {
    const { service, talk, advance } = setUp(true);
    talk('c1');
    advance(31_000);
    expect(service.status().state).toBe('wrapUp');
    service.caseSettled('c1');
    expect(service.status().state).toBe('ready');
  });

  it('does not owe a case again when a call whose case is saved goes on hold and back', () => {
    const { service, call } = setUp(true);
    call('c1', 'ringing');
    call('c1', 'active');
    service.caseSettled('c1');
    call('c1', 'active');
    call('c1', 'ended');
    expect(service.choose('ready').state).toBe('ready');
  });

  it('waits for every answered call: one saved case of two is not enough', () => {
    const { service, call } = setUp(true);
    call('c1', 'ringing');
    call('c1', 'active');
    call('c2', 'ringing');
    call('c2', 'active');
    call('c1', 'ended');
    call('c2', 'ended');
    service.caseSettled('c1');
    expect(refusal(() => service.choose('ready'))).toBe('caseRequired');
    service.caseSettled('c2');
    expect(service.choose('ready').state).toBe('ready');
  });

  it('owes nothing for a call the agent made, or when the setting is optional', () => {
    const outbound = setUp(true);
    outbound.talk('o1', 'outbound');
    expect(outbound.service.choose('ready').state).toBe('ready');
    const optional = setUp(false);
    optional.talk('c1');
    expect(optional.service.choose('ready').state).toBe('ready');
  });
});
