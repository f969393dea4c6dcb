/** The agent's state as the phone's events and a fake clock move it: ring timeout, wrap-up, refusals, the log. */
import { describe, expect, it, vi } from 'vitest';
import type { AgentStatus } from '../../shared/contract/agent.js';
import type { Call } from '../../shared/contract/phone.js';
import { ContractFailure } from '../../shared/contract/result.js';
import type { DeskSettings } from '../settings/desk-settings.js';
import { AgentService, type AgentClock } from './agent-service.js';
import type { AgentStateEntry } from './agent-state-log.js';

function fakeClock(start = 1_000_000): AgentClock & { advance(ms: number): void } {
  let now = start;
  const timers = new Set<{ at: number; run: () => void }>();
  return {
    now: () => now,
    after(ms, run) {
      const timer = { at: now + ms, run };
      timers.add(timer);
      return () => timers.delete(timer);
    },
    advance(ms) {
      now += ms;
      for (const timer of [...timers].sort((a, b) => a.at - b.at)) {
        if (timer.at > now || !timers.has(timer)) continue;
        timers.delete(timer);
        timer.run();
      }
    },
  };
}

function setUp(agent: Partial<DeskSettings['agent']> = {}, record?: (entry: AgentStateEntry) => Promise<void>) {
  const clock = fakeClock();
  const seen: AgentStatus[] = [];
  const logged: AgentStateEntry[] = [];
  const warnings: string[] = [];
  const declineCall = vi.fn(() => Promise.resolve());
  const ringCall = vi.fn(() => Promise.resolve());
  const service = new AgentService({
    settings: () => ({ notReadyReasons: ['break', 'meeting'], wrapUpSeconds: 30, ringTimeoutSeconds: 20, level: 1, level2DelaySeconds: 60, ...agent }),
    sipUser: () => '1001',
    declineCall,
    ringCall,
    onChanged: (status) => seen.push(status),
    record: record ?? ((entry) => Promise.resolve(void logged.push(entry))),
    log: { info: () => undefined, warn: (message) => warnings.push(message), error: () => undefined },
    clock,
  });
  // The page's device check passed: the state rules below are the phone's and the agent's.
  service.devicesReported({ headsetPresent: true, microphonePresent: true, selfTest: 'passed' });
  const line = (state: 'registered' | 'unreachable') => service.phoneEvent({ type: 'registrationChanged', status: { state, user: '1001' } });
  const call = (callId: string, state: Call['state']) =>
    service.phoneEvent({ type: 'callChanged', call: { callId, state, direction: 'inbound', caller: { e164: null, display: '' }, dialled: '600', offeredAt: clock.now() } });
  const offered = (callId: string, dialled = '600') => service.offer({ callId, dialled, offeredAt: clock.now() });
  return { clock, service, seen, logged, warnings, declineCall, ringCall, line, call, offered };
}

describe('AgentService', () => {
  it('is offline until the phone registers, then Ready, and logs the change with the time', () => {
    const { service, seen, logged, line, clock, offered } = setUp();
    expect(service.status().state).toBe('offline');
    expect(offered('c0')).toBe('decline');
    clock.advance(500);
    line('registered');
    expect(seen).toEqual([{ state: 'ready', since: clock.now() }]);
    expect(logged).toEqual([{ sipUser: '1001', state: 'ready', at: new Date(clock.now()).toISOString() }]);
    expect(offered('c1')).toBe('ring');
  });

  it('goes Not ready (missedCall) when a call rings past the timeout, and passes the call on', () => {
    const { service, declineCall, line, call, clock, offered } = setUp();
    line('registered');
    call('c1', 'ringing');
    clock.advance(19_999);
    expect(service.status().state).toBe('ready');
    clock.advance(1);
    expect(service.status()).toMatchObject({ state: 'notReady', reason: 'missedCall' });
    expect(declineCall).toHaveBeenCalledWith('c1');
    expect(offered('c2')).toBe('decline');
  });

  it('does not count a call answered in time as missed', () => {
    const { service, declineCall, line, call, clock } = setUp();
    line('registered');
    call('c1', 'ringing');
    clock.advance(10_000);
    call('c1', 'answering');
    clock.advance(30_000);
    expect(service.status().state).toBe('onCall');
    expect(declineCall).not.toHaveBeenCalled();
  });

  it('is On call while a call is connected, in wrap-up after it, and Ready when wrap-up ends', () => {
    const { service, line, call, clock, seen } = setUp();
    line('registered');
    call('c1', 'ringing');
    call('c1', 'answering');
    call('c1', 'active');
    expect(service.status().state).toBe('onCall');
    clock.advance(60_000);
    call('c1', 'ended');
    expect(service.status()).toEqual({ state: 'wrapUp', since: clock.now(), wrapUpEndsAt: clock.now() + 30_000 });
    clock.advance(30_000);
    expect(service.status().state).toBe('ready');
    expect(seen.map((s) => s.state)).toEqual(['ready', 'onCall', 'wrapUp', 'ready']);
  });

  it('stays in wrap-up until the agent says ready when wrap-up is 0 s', () => {
    const { service, line, call, clock } = setUp({ wrapUpSeconds: 0 });
    line('registered');
    call('c1', 'active');
    call('c1', 'ended');
    clock.advance(3_600_000);
    expect(service.status().state).toBe('wrapUp');
    expect(service.choose('ready').state).toBe('ready');
  });

  it('refuses Ready while the phone is not registered, and reasons that settings do not offer', () => {
    const { service, line } = setUp();
    expect(() => service.choose('ready')).toThrow(expect.objectContaining({ code: 'readyNeedsPhone', messageKey: 'agent.errors.readyNeedsPhone' }));
    line('registered');
    line('unreachable');
    expect(service.status()).toMatchObject({ state: 'notReady', reason: 'phoneOffline' });
    expect(() => service.choose('ready')).toThrow(ContractFailure);
    expect(() => service.choose('notReady', 'lunch')).toThrow(expect.objectContaining({ code: 'unknownReason' }));
    expect(service.choose('notReady')).toMatchObject({ state: 'notReady', reason: 'break' });
  });

  it('keeps the state when the log cannot be written, and says so in the log', async () => {
    const { service, line, warnings } = setUp({}, () => Promise.reject(new Error('server gone')));
    line('registered');
    await Promise.resolve();
    expect(service.status().state).toBe('ready');
    await service.stop();
    expect(warnings).toContain('agent state not logged');
  });

  it('logs the agent offline when the desk stops', async () => {
    const { service, line, logged } = setUp();
    line('registered');
    await service.stop();
    expect(logged.map((e) => e.state)).toEqual(['ready', 'offline']);
  });
});

describe('AgentService: the machine sleeps or locks', () => {
  it('goes Not ready (away), logged, and stays so until the agent chooses Ready', () => {
    const { service, seen, logged, line } = setUp();
    line('registered');
    service.suspended();
    expect(service.status()).toMatchObject({ state: 'notReady', reason: 'away' });
    expect(seen.at(-1)).toMatchObject({ state: 'notReady', reason: 'away' });
    expect(logged.at(-1)).toMatchObject({ sipUser: '1001', state: 'notReady', reason: 'away' });
    line('unreachable');
    line('registered');
    expect(service.status()).toMatchObject({ state: 'notReady', reason: 'away' });
    expect(service.choose('ready').state).toBe('ready');
  });

  it('lets a call in progress go on', () => {
    const { service, line, call } = setUp();
    line('registered');
    call('in-1', 'active');
    service.suspended();
    expect(service.status().state).toBe('onCall');
  });
});

describe('AgentService: hunt-group calls while busy (waiting strip)', () => {
  it('lets a hunt-group call wait while the agent is on a call, but rings a call to their own number', () => {
    const { line, call, offered, ringCall } = setUp();
    line('registered');
    call('c1', 'active');
    expect(offered('q1')).toBe('wait');
    expect(offered('d1', '1001')).toBe('ring');
    expect(ringCall).not.toHaveBeenCalled();
  });

  it('rings the oldest waiting call, and only that one, when the agent becomes Ready after wrap-up', () => {
    const { service, line, call, offered, ringCall, clock } = setUp({ wrapUpSeconds: 0 });
    line('registered');
    call('c1', 'active');
    offered('older');
    call('older', 'waiting');
    clock.advance(3000);
    offered('newer');
    call('newer', 'waiting');
    call('c1', 'ended');
    expect(service.status().state).toBe('wrapUp');
    expect(ringCall).not.toHaveBeenCalled();
    service.choose('ready');
    expect(ringCall.mock.calls).toEqual([['older']]);
    call('older', 'ringing');
    call('older', 'ended');
    expect(ringCall.mock.calls).toEqual([['older'], ['newer']]);
  });

  it('holds a second hunt-group call back while one rings, and rings it when the first is taken elsewhere', () => {
    const { line, call, offered, ringCall } = setUp();
    line('registered');
    expect(offered('first')).toBe('ring');
    expect(offered('second')).toBe('wait');
    call('first', 'ringing');
    call('second', 'waiting');
    call('first', 'ended');
    expect(ringCall.mock.calls).toEqual([['second']]);
  });

  it('passes every waiting call on to the others when the agent goes Not ready', () => {
    const { service, line, call, offered, declineCall } = setUp({ wrapUpSeconds: 0 });
    line('registered');
    call('c1', 'active');
    offered('q1');
    call('q1', 'waiting');
    offered('q2');
    call('q2', 'waiting');
    call('c1', 'ended');
    service.choose('notReady', 'break');
    expect(declineCall.mock.calls).toEqual([['q1'], ['q2']]);
  });

  it('does not ring a call still being looked up, and rings it once it reports waiting', () => {
    const { service, line, call, offered, ringCall } = setUp({ wrapUpSeconds: 0 });
    line('registered');
    call('c1', 'active');
    offered('q1');
    call('c1', 'ended');
    service.choose('ready');
    expect(ringCall).not.toHaveBeenCalled();
    call('q1', 'waiting');
    expect(ringCall.mock.calls).toEqual([['q1']]);
  });

  it('does not ring a waiting call whose caller gave up', () => {
    const { service, line, call, offered, ringCall } = setUp({ wrapUpSeconds: 0 });
    line('registered');
    call('c1', 'active');
    offered('q1');
    call('q1', 'waiting');
    call('q1', 'ended');
    call('c1', 'ended');
    service.choose('ready');
    expect(ringCall).not.toHaveBeenCalled();
  });

  it('gives a level-2 agent a hunt-group call only once it has waited the threshold', () => {
    const { line, call, offered, ringCall, clock } = setUp({ level: 2, level2DelaySeconds: 60 });
    line('registered');
    expect(offered('q1')).toBe('wait');
    call('q1', 'waiting');
    clock.advance(59_999);
    expect(ringCall).not.toHaveBeenCalled();
    clock.advance(1);
    expect(ringCall.mock.calls).toEqual([['q1']]);
    expect(offered('late', '600')).toBe('wait');
  });
});
