/** Ready and the agent's devices: a lost headset, a check that heard nothing, and Ready refused until a check passed. */
import { describe, expect, it, vi } from 'vitest';
import type { AgentStatus } from '../../shared/contract/agent.js';
import { AgentService } from './agent-service.js';
import { nextAgentState, type AgentMachine } from './agent-state.js';
import { deviceEventFor } from './device-readiness.js';

const present = { headsetPresent: true, microphonePresent: true } as const;

describe('deviceEventFor', () => {
  it('reads a lost device, a silent check and a passed one; a page still checking changes nothing', () => {
    expect(deviceEventFor({ ...present, headsetPresent: false, selfTest: 'passed' })).toEqual({ type: 'devicesFailed', reason: 'headsetLost' });
    expect(deviceEventFor({ ...present, microphonePresent: false, selfTest: 'pending' })).toEqual({ type: 'devicesFailed', reason: 'headsetLost' });
    expect(deviceEventFor({ ...present, selfTest: 'failed' })).toEqual({ type: 'devicesFailed', reason: 'devicesUnchecked' });
    expect(deviceEventFor({ ...present, selfTest: 'passed' })).toEqual({ type: 'devicesPassed' });
    expect(deviceEventFor({ ...present, selfTest: 'pending' })).toBeUndefined();
  });
});

describe('devicesFailed in the agent-state machine', () => {
  const base = { since: 1, lineUp: true, devicesChecked: true } as const;
  const lost = { type: 'devicesFailed', reason: 'headsetLost' } as const;
  const step = (machine: AgentMachine) => nextAgentState(machine, lost, 9, 30).machine;

  it('takes Ready and wrap-up to Not ready (headsetLost), and keeps it as the standing choice', () => {
    for (const state of ['ready', 'wrapUp'] as const) {
      const next = step({ ...base, state, choice: { state: 'ready' } });
      expect(next).toMatchObject({ state: 'notReady', reason: 'headsetLost', since: 9, choice: { state: 'notReady', reason: 'headsetLost' } });
    }
  });

  it('lets a call go on, and the desk does not return to Ready after it', () => {
    const onCall = step({ ...base, state: 'onCall', choice: { state: 'ready' } });
    expect(onCall.state).toBe('onCall');
    const wrapUp = nextAgentState(nextAgentState(onCall, { type: 'callsEnded' }, 10, 30).machine, { type: 'wrapUpElapsed' }, 40, 30).machine;
    expect(wrapUp).toMatchObject({ state: 'notReady', reason: 'headsetLost' });
  });

  it('keeps an agent\'s own Not ready reason, and makes a desk that starts without its headset Not ready', () => {
    expect(step({ ...base, state: 'notReady', reason: 'break', choice: { state: 'notReady', reason: 'break' } })).toMatchObject({ reason: 'break' });
    const offline = step({ state: 'offline', since: 1, lineUp: false, devicesChecked: true, choice: { state: 'ready' } });
    expect(offline.state).toBe('offline');
    expect(nextAgentState(offline, { type: 'lineUp' }, 12, 30).machine).toMatchObject({ state: 'notReady', reason: 'headsetLost' });
  });
});

describe('AgentService with device reports', () => {
  function registeredService() {
    const seen: AgentStatus[] = [];
    const service = new AgentService({
      settings: () => ({ notReadyReasons: ['break'], wrapUpSeconds: 0, ringTimeoutSeconds: 20, level: 1, level2DelaySeconds: 60 }),
      sipUser: () => '1001',
      declineCall: vi.fn(() => Promise.resolve()),
      ringCall: vi.fn(() => Promise.resolve()),
      onChanged: (status) => seen.push(status),
      log: { info: () => undefined, warn: () => undefined, error: () => undefined },
    });
    service.phoneEvent({ type: 'registrationChanged', status: { state: 'registered', user: '1001' } });
    return { service, seen };
  }

  it('starts Not ready (devicesUnchecked) and refuses Ready until the page\'s check passes, then is Ready by itself', () => {
    const { service, seen } = registeredService();
    expect(service.status()).toMatchObject({ state: 'notReady', reason: 'devicesUnchecked' });
    expect(() => service.choose('ready')).toThrow(expect.objectContaining({ code: 'devicesUnchecked', messageKey: 'agent.errors.devicesUnchecked' }));
    service.devicesReported({ ...present, selfTest: 'pending' });
    expect(service.status().state).toBe('notReady');
    service.devicesReported({ ...present, selfTest: 'passed' });
    expect(seen.at(-1)).toMatchObject({ state: 'ready' });
  });

  it('goes Not ready (headsetLost) when the headset disappears, and refuses Ready until a check passes', () => {
    const { service, seen } = registeredService();
    service.devicesReported({ ...present, selfTest: 'passed' });
    expect(service.status().state).toBe('ready');
    service.devicesReported({ ...present, headsetPresent: false, selfTest: 'pending' });
    expect(seen.at(-1)).toMatchObject({ state: 'notReady', reason: 'headsetLost' });
    expect(() => service.choose('ready')).toThrow(expect.objectContaining({ code: 'devicesUnchecked', messageKey: 'agent.errors.devicesUnchecked' }));
    expect(service.status().state).toBe('notReady');
    service.devicesReported({ ...present, selfTest: 'passed' });
    expect(service.choose('ready').state).toBe('ready');
  });

  it('a check that heard nothing makes a Ready agent Not ready (devicesUnchecked)', () => {
    const { service } = registeredService();
    service.devicesReported({ ...present, selfTest: 'passed' });
    service.devicesReported({ ...present, selfTest: 'failed' });
    expect(service.status()).toMatchObject({ state: 'notReady', reason: 'devicesUnchecked' });
  });
});
