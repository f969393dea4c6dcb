/** Every (state, event) pair of the agent-state machine, as a table, plus the rules around it. */
import { describe, expect, it } from 'vitest';
import { initialAgentMachine, nextAgentState, type AgentEvent, type AgentMachine, type AgentStateName } from './agent-state.js';

const at = 1_000;
const later = 5_000;

/**
 * Each state as the desk reaches it, with a line that is up unless the state says otherwise, and
 * the devices checked (the device gate has its own tests below).
 */
const machines: Record<AgentStateName, AgentMachine> = {
  offline: { ...initialAgentMachine(at), devicesChecked: true },
  ready: { state: 'ready', since: at, choice: { state: 'ready' }, lineUp: true, devicesChecked: true },
  notReady: { state: 'notReady', reason: 'break', since: at, choice: { state: 'notReady', reason: 'break' }, lineUp: true, devicesChecked: true },
  onCall: { state: 'onCall', since: at, choice: { state: 'ready' }, lineUp: true, devicesChecked: true },
  wrapUp: { state: 'wrapUp', since: at, choice: { state: 'ready' }, lineUp: true, devicesChecked: true },
};

const events: Record<string, AgentEvent> = {
  lineUp: { type: 'lineUp' },
  lineDown: { type: 'lineDown' },
  chooseReady: { type: 'chooseReady' },
  chooseNotReady: { type: 'chooseNotReady', reason: 'meeting' },
  callStarted: { type: 'callStarted' },
  callsEnded: { type: 'callsEnded' },
  ringTimeout: { type: 'ringTimeout' },
  wrapUpElapsed: { type: 'wrapUpElapsed' },
  signOff: { type: 'signOff' },
};

type Expected = `${AgentStateName}` | `notReady:${string}` | 'refused';

const table: Record<AgentStateName, Record<keyof typeof events, Expected>> = {
  offline: {
    lineUp: 'ready', lineDown: 'offline', chooseReady: 'refused', chooseNotReady: 'notReady:meeting',
    callStarted: 'onCall', callsEnded: 'offline', ringTimeout: 'offline', wrapUpElapsed: 'offline', signOff: 'offline',
  },
  ready: {
    lineUp: 'ready', lineDown: 'notReady:phoneOffline', chooseReady: 'ready', chooseNotReady: 'notReady:meeting',
    callStarted: 'onCall', callsEnded: 'ready', ringTimeout: 'notReady:missedCall', wrapUpElapsed: 'ready', signOff: 'offline',
  },
  notReady: {
    lineUp: 'notReady:break', lineDown: 'notReady:break', chooseReady: 'ready', chooseNotReady: 'notReady:meeting',
    callStarted: 'onCall', callsEnded: 'notReady:break', ringTimeout: 'notReady:break', wrapUpElapsed: 'notReady:break', signOff: 'offline',
  },
  onCall: {
    lineUp: 'onCall', lineDown: 'onCall', chooseReady: 'onCall', chooseNotReady: 'onCall',
    callStarted: 'onCall', callsEnded: 'wrapUp', ringTimeout: 'onCall', wrapUpElapsed: 'onCall', signOff: 'offline',
  },
  wrapUp: {
    lineUp: 'wrapUp', lineDown: 'notReady:phoneOffline', chooseReady: 'ready', chooseNotReady: 'notReady:meeting',
    callStarted: 'onCall', callsEnded: 'wrapUp', ringTimeout: 'wrapUp', wrapUpElapsed: 'ready', signOff: 'offline',
  },
};

const rows = Object.entries(table).flatMap(([state, byEvent]) =>
  Object.entries(byEvent).map(([event, expected]) => ({ state: state as AgentStateName, event, expected })),
);

describe('agent state machine', () => {
  it.each(rows)('$state + $event -> $expected', ({ state, event, expected }) => {
    const before = machines[state];
    const step = nextAgentState(before, events[event]!, later, 30);
    if (expected === 'refused') {
      expect(step).toEqual({ machine: before, refused: 'readyNeedsPhone' });
      return;
    }
    const [name, reason] = expected.split(':');
    expect(step.refused).toBeUndefined();
    expect(step.machine.state).toBe(name);
    expect(step.machine.reason).toBe(reason);
    const changed = name !== before.state || reason !== before.reason;
    expect(step.machine.since).toBe(changed ? later : at);
  });

  it('covers every state and every event', () => {
    expect(rows).toHaveLength(5 * 9);
  });

  it('starts wrap-up with its end time, or none when wrap-up lasts until the agent chooses', () => {
    expect(nextAgentState(machines.onCall, events.callsEnded!, later, 30).machine.wrapUpEndsAt).toBe(later + 30_000);
    expect(nextAgentState(machines.onCall, events.callsEnded!, later, 0).machine.wrapUpEndsAt).toBeUndefined();
  });

  it('keeps a choice made on a call for after the wrap-up', () => {
    const onBreak = nextAgentState(machines.onCall, { type: 'chooseNotReady', reason: 'break' }, later, 0).machine;
    const wrapUp = nextAgentState(onBreak, events.callsEnded!, later, 10).machine;
    expect(nextAgentState(wrapUp, events.wrapUpElapsed!, later + 10_000, 10).machine).toMatchObject({ state: 'notReady', reason: 'break' });
  });

  it('goes Not ready (phoneOffline) after a call during which the line went down, and refuses Ready until it is back', () => {
    const lineLost = nextAgentState(machines.onCall, events.lineDown!, later, 0).machine;
    const ended = nextAgentState(lineLost, events.callsEnded!, later, 0).machine;
    expect(ended).toMatchObject({ state: 'notReady', reason: 'phoneOffline' });
    expect(nextAgentState(ended, events.chooseReady!, later, 0).refused).toBe('readyNeedsPhone');
    const back = nextAgentState(ended, events.lineUp!, later, 0).machine;
    expect(back).toMatchObject({ state: 'notReady', reason: 'phoneOffline' });
    expect(nextAgentState(back, events.chooseReady!, later, 0).machine.state).toBe('ready');
  });

  it('comes online Not ready when the agent chose so while offline', () => {
    const chosen = nextAgentState(machines.offline, { type: 'chooseNotReady', reason: 'training' }, later, 0).machine;
    expect(nextAgentState(chosen, events.lineUp!, later, 0).machine).toMatchObject({ state: 'notReady', reason: 'training' });
  });
});

describe('agent state machine: the machine sleeps or locks (suspended)', () => {
  const suspended: AgentEvent = { type: 'suspended' };
  it.each([
    ['ready', 'notReady', 'away'],
    ['wrapUp', 'notReady', 'away'],
    ['notReady', 'notReady', 'break'],
    ['onCall', 'onCall', undefined],
    ['offline', 'offline', undefined],
  ] as const)('%s -> %s (%s)', (from, state, reason) => {
    const { machine } = nextAgentState(machines[from], suspended, later, 30);
    expect(machine.state).toBe(state);
    expect(machine.reason).toBe(reason);
  });

  it('does not return to Ready by itself after a call, or when the line comes back, once nobody is at the desk', () => {
    const afterCall = nextAgentState(nextAgentState(machines.onCall, suspended, later, 30).machine, events.callsEnded!, later, 30).machine;
    expect(nextAgentState(afterCall, events.wrapUpElapsed!, later, 30).machine).toMatchObject({ state: 'notReady', reason: 'away' });
    const asleepOffline = nextAgentState(machines.offline, suspended, later, 30).machine;
    expect(nextAgentState(asleepOffline, events.lineUp!, later, 30).machine).toMatchObject({ state: 'notReady', reason: 'away' });
  });

  it('keeps the agent\'s own Not ready reason for their return', () => {
    const asleep = nextAgentState(machines.notReady, suspended, later, 30).machine;
    expect(asleep.choice).toEqual({ state: 'notReady', reason: 'break' });
  });
});

describe('agent state machine: Ready needs the device check', () => {
  const unchecked = initialAgentMachine(at);

  it('comes online Not ready (devicesUnchecked), refuses Ready, and turns Ready by itself once the check passes', () => {
    const online = nextAgentState(unchecked, events.lineUp!, later, 0).machine;
    expect(online).toMatchObject({ state: 'notReady', reason: 'devicesUnchecked', choice: { state: 'ready' } });
    expect(nextAgentState(online, events.chooseReady!, later, 0).refused).toBe('devicesUnchecked');
    expect(nextAgentState(online, { type: 'devicesPassed' }, later + 1, 0).machine).toMatchObject({ state: 'ready', since: later + 1 });
  });

  it('says the headset is missing when the first report finds it gone', () => {
    const online = nextAgentState(unchecked, events.lineUp!, later, 0).machine;
    expect(nextAgentState(online, { type: 'devicesFailed', reason: 'headsetLost' }, later, 0).machine).toMatchObject({ state: 'notReady', reason: 'headsetLost' });
  });

  it('keeps an agent\'s own Not ready when the check passes', () => {
    const chosen = nextAgentState(nextAgentState(unchecked, events.lineUp!, later, 0).machine, { type: 'chooseNotReady', reason: 'break' }, later, 0).machine;
    expect(nextAgentState(chosen, { type: 'devicesPassed' }, later, 0).machine).toMatchObject({ state: 'notReady', reason: 'break' });
  });

  it('after a lost headset, a wrap-up ends Not ready and Ready waits for a new check', () => {
    const lost = nextAgentState(machines.onCall, { type: 'devicesFailed', reason: 'headsetLost' }, later, 0).machine;
    const wrapUp = nextAgentState(lost, events.callsEnded!, later, 10).machine;
    const after = nextAgentState(wrapUp, events.wrapUpElapsed!, later + 10_000, 10).machine;
    expect(after).toMatchObject({ state: 'notReady', reason: 'headsetLost' });
    expect(nextAgentState(after, events.chooseReady!, later, 0).refused).toBe('devicesUnchecked');
    const checked = nextAgentState(after, { type: 'devicesPassed' }, later, 0).machine;
    expect(nextAgentState(checked, events.chooseReady!, later, 0).machine.state).toBe('ready');
  });
});

describe('the wrap-up rule (a call owes its case)', () => {
  const owed = (machine: AgentMachine): AgentMachine => nextAgentState(machine, { type: 'caseOwed' }, at, 30).machine;
  const wrapUpUntil = (endsAt: number): AgentMachine => ({ ...owed(machines.wrapUp), wrapUpEndsAt: endsAt });

  it('refuses Ready in wrap-up while the case is owed, and allows it once settled', () => {
    const waiting = owed(machines.wrapUp);
    expect(nextAgentState(waiting, { type: 'chooseReady' }, later, 30)).toEqual({ machine: waiting, refused: 'caseRequired' });
    const settled = nextAgentState(waiting, { type: 'caseSettled' }, later, 30).machine;
    expect(settled.state).toBe('wrapUp');
    expect(nextAgentState(settled, { type: 'chooseReady' }, later, 30).machine.state).toBe('ready');
  });

  it('keeps the agent in wrap-up when the timer elapses with the case owed', () => {
    const waiting = wrapUpUntil(later);
    const elapsed = nextAgentState(waiting, { type: 'wrapUpElapsed' }, later, 30).machine;
    expect(elapsed).toMatchObject({ state: 'wrapUp', since: at, caseOwed: true, wrapUpEndsAt: later });
  });

  it('ends wrap-up at the settle when the timer ran out before it, and not before the timer', () => {
    expect(nextAgentState(wrapUpUntil(later), { type: 'caseSettled' }, later + 1, 30).machine).toMatchObject({ state: 'ready', since: later + 1 });
    const early = nextAgentState(wrapUpUntil(later), { type: 'caseSettled' }, later - 1, 30).machine;
    expect(early).toMatchObject({ state: 'wrapUp', wrapUpEndsAt: later });
    expect(early.caseOwed).toBeUndefined();
    expect(nextAgentState(early, { type: 'wrapUpElapsed' }, later, 30).machine.state).toBe('ready');
  });

  it('lets the agent choose Ready on the call (the standing choice) and go Not ready in wrap-up', () => {
    const onCall = owed(machines.onCall);
    expect(nextAgentState(onCall, { type: 'chooseReady' }, later, 30).refused).toBeUndefined();
    const onBreak = nextAgentState(owed(machines.wrapUp), { type: 'chooseNotReady', reason: 'break' }, later, 30).machine;
    expect(onBreak).toMatchObject({ state: 'notReady', reason: 'break', caseOwed: true });
    // Back from the break, the case is still owed.
    expect(nextAgentState(onBreak, { type: 'chooseReady' }, later, 30).refused).toBe('caseRequired');
  });

  it('carries the owed case through the end of the call into wrap-up', () => {
    const ended = nextAgentState(owed(machines.onCall), { type: 'callsEnded' }, later, 30).machine;
    expect(ended).toMatchObject({ state: 'wrapUp', caseOwed: true, wrapUpEndsAt: later + 30_000 });
  });
});
