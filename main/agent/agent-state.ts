/**
 * The agent's availability as a pure state machine: which state follows from which event, with no
 * timers and no I/O, so every (state, event) pair can be checked in a table (agent-service.ts runs it).
 *
 * ```
 *                        lineUp: the agent's standing choice
 *   ┌─────────┐ ───────────────────────────────────────────▶ Ready or Not ready
 *   │ offline │ ◀── signOff (desk shuts down), from any state
 *   └─────────┘
 *                  chooseNotReady(r) / ringTimeout (missedCall) / lineDown (phoneOffline)
 *   ┌───────┐ ───────────────────────────────────────────────────────────▶ ┌───────────────┐
 *   │ Ready │                                                              │ Not ready (r) │
 *   └───────┘ ◀──────────────── chooseReady (only with the line up) ────── └───────────────┘
 *       │ callStarted                                                         │ callStarted
 *       ▼                                                                     ▼
 *   ┌─────────┐  callsEnded   ┌─────────┐  wrapUpElapsed (wrapUpSeconds; 0 = never)
 *   │ On call │ ────────────▶ │ Wrap-up │ ──────────────▶ the standing choice (Ready / Not ready r)
 *   └─────────┘               └─────────┘  chooseReady / chooseNotReady(r) end it early;
 *       │ callsEnded after the line went down     lineDown ──▶ Not ready (phoneOffline)
 *       └────────────────────────────────────────────────────▶ Not ready (phoneOffline)
 * ```
 *
 * "Ready" needs a registered line: choosing it while the line is down is refused. After the line
 * comes back the agent stays Not ready (phoneOffline) until they choose Ready themselves: a line
 * that flapped may mean a desk nobody sits at, and a missed ring-all call costs a caller less than
 * calls offered to an empty chair. A line that drops during a call changes nothing until the call
 * ends (the call may well survive a server restart). Choices made on a call or in wrap-up are kept
 * as the standing choice and take effect when the call and wrap-up are over. An agent already Not
 * ready keeps their own reason when the line drops. Not ready and offline agents decline new calls;
 * on a call or in wrap-up a call to the agent's own number still rings (call waiting) and a
 * hunt-group call waits for the agent (call-offering.ts, queued-calls.ts).
 *
 * devicesFailed(r): the headset or microphone is gone (headsetLost), or a device check heard
 * nothing (devicesUnchecked). Ready and wrap-up become Not ready (r); a call goes on (its audio
 * falls back to the default device) and ends in Not ready (r); an agent's own Not ready stands.
 *
 * Ready also needs the renderer's device check passed (devicesPassed): until then the desk comes
 * online Not ready (devicesUnchecked) and choosing Ready is refused; the check passing then
 * brings an agent whose standing choice is Ready there by itself.
 *
 * The wrap-up rule (settings `cases.caseRequired`): an answered call owes its case (caseOwed)
 * until the case is saved or skipped (caseSettled). While owed, choosing Ready is refused
 * (caseRequired) except on a call, where it only sets the standing choice, and the wrap-up timer
 * elapsing leaves the agent in wrap-up; settling the case after that ends wrap-up as the timer
 * would have. Not ready stays possible: a break does not wait for paperwork.
 */

export type AgentStateName = 'ready' | 'notReady' | 'onCall' | 'wrapUp' | 'offline';

/** Reasons the desk sets by itself, next to the agent's own from settings (`agent.notReadyReasons`). */
export const automaticReasons = {
  missedCall: 'missedCall',
  phoneOffline: 'phoneOffline',
  headsetLost: 'headsetLost',
  devicesUnchecked: 'devicesUnchecked',
  away: 'away',
} as const;

export type AgentChoice = { state: 'ready' } | { state: 'notReady'; reason: string };

export interface AgentMachine {
  state: AgentStateName;
  /** Set while Not ready. */
  reason?: string;
  /** When the current state began (epoch ms). */
  since: number;
  /** While in wrap-up with a timer; absent when wrap-up lasts until the agent chooses. */
  wrapUpEndsAt?: number;
  /** What the agent last chose; where the desk returns after a call and its wrap-up. */
  choice: AgentChoice;
  lineUp: boolean;
  /** The renderer's device check passed, and no device went missing since. */
  devicesChecked: boolean;
  /** An answered call's case is neither saved nor skipped yet; absent when none is owed. */
  caseOwed?: true;
}

export type AgentEvent =
  | { type: 'lineUp' }
  | { type: 'lineDown' }
  | { type: 'chooseReady' }
  | { type: 'chooseNotReady'; reason: string }
  | { type: 'callStarted' }
  | { type: 'callsEnded' }
  | { type: 'ringTimeout' }
  | { type: 'wrapUpElapsed' }
  | { type: 'devicesFailed'; reason: 'headsetLost' | 'devicesUnchecked' }
  /** The microphone delivered signal and the chosen outputs exist. */
  | { type: 'devicesPassed' }
  /** The machine sleeps or its screen locks: nobody is at the desk (Not ready, `away`), as for devicesFailed. */
  | { type: 'suspended' }
  /** The desk shuts down: the agent is offline whatever they were doing. */
  | { type: 'signOff' }
  /** A call was answered whose case the wrap-up rule requires. */
  | { type: 'caseOwed' }
  /** Every owed case is saved or skipped. */
  | { type: 'caseSettled' };

export interface AgentStep {
  machine: AgentMachine;
  /** Set when the event asked for something impossible; the machine is then unchanged. */
  refused?: 'readyNeedsPhone' | 'devicesUnchecked' | 'caseRequired';
}

export function initialAgentMachine(at: number): AgentMachine {
  return { state: 'offline', since: at, choice: { state: 'ready' }, lineUp: false, devicesChecked: false };
}

type Target = { state: AgentStateName; reason?: string; wrapUp?: boolean };

const notReady = (reason: string): Target => ({ state: 'notReady', reason });
/** Where the standing choice leads: Ready only with checked devices. */
const fromChoice = (choice: AgentChoice, devicesChecked: boolean): Target => {
  if (choice.state === 'notReady') return notReady(choice.reason);
  return devicesChecked ? { state: 'ready' } : notReady(automaticReasons.devicesUnchecked);
};

/** Applies one event at time `at`; `wrapUpSeconds` is the current setting (0 = until the agent chooses). */
export function nextAgentState(machine: AgentMachine, event: AgentEvent, at: number, wrapUpSeconds: number): AgentStep {
  if (event.type === 'chooseReady' && !machine.lineUp) return { machine, refused: 'readyNeedsPhone' };
  if (event.type === 'chooseReady' && !machine.devicesChecked && machine.state !== 'onCall') return { machine, refused: 'devicesUnchecked' };
  if (event.type === 'chooseReady' && machine.caseOwed && machine.state !== 'onCall') return { machine, refused: 'caseRequired' };
  const caseOwed = event.type === 'caseOwed' ? true : event.type === 'caseSettled' ? false : machine.caseOwed === true;
  const lineUp = event.type === 'lineUp' ? true : event.type === 'lineDown' ? false : machine.lineUp;
  const devicesChecked = event.type === 'devicesPassed' ? true : event.type === 'devicesFailed' ? false : machine.devicesChecked;
  const standing: AgentChoice =
    event.type === 'chooseReady' ? { state: 'ready' } : event.type === 'chooseNotReady' ? { state: 'notReady', reason: event.reason } : machine.choice;
  // Without a working headset, or with nobody at the desk, it must not return to Ready by itself.
  const forced = forcedReason(event);
  const choice: AgentChoice = forced && standing.state === 'ready' ? { state: 'notReady', reason: forced } : standing;
  const target = targetFor({ ...machine, devicesChecked }, event, choice, forced, at);
  const same = target.state === machine.state && target.reason === machine.reason;
  if (same) {
    const { caseOwed: _was, ...kept } = machine;
    return { machine: { ...kept, choice, lineUp, devicesChecked, ...(caseOwed ? { caseOwed } : {}) } };
  }
  const next: AgentMachine = { state: target.state, since: at, choice, lineUp, devicesChecked };
  if (target.reason !== undefined) next.reason = target.reason;
  if (caseOwed) next.caseOwed = caseOwed;
  if (target.state === 'wrapUp' && wrapUpSeconds > 0) next.wrapUpEndsAt = at + wrapUpSeconds * 1000;
  return { machine: next };
}

/** The reason of an event that takes a Ready (or wrapping-up) agent out of taking calls. */
function forcedReason(event: AgentEvent): string | undefined {
  if (event.type === 'devicesFailed') return event.reason;
  if (event.type === 'suspended') return automaticReasons.away;
  return undefined;
}

function targetFor(machine: AgentMachine, event: AgentEvent, choice: AgentChoice, forced: string | undefined, at: number): Target {
  const current: Target = machine.reason === undefined ? { state: machine.state } : { state: machine.state, reason: machine.reason };
  if (event.type === 'signOff') return { state: 'offline' };
  if (forced && (machine.state === 'ready' || machine.state === 'wrapUp')) return notReady(forced);
  switch (machine.state) {
    case 'offline':
      if (event.type === 'lineUp') return fromChoice(choice, machine.devicesChecked);
      if (event.type === 'chooseNotReady') return notReady(event.reason);
      if (event.type === 'callStarted') return { state: 'onCall' };
      return current;
    case 'ready':
      if (event.type === 'lineDown') return notReady(automaticReasons.phoneOffline);
      if (event.type === 'ringTimeout') return notReady(automaticReasons.missedCall);
      if (event.type === 'chooseNotReady') return notReady(event.reason);
      if (event.type === 'callStarted') return { state: 'onCall' };
      return current;
    case 'notReady':
      if (event.type === 'chooseReady') return { state: 'ready' };
      // Only waiting for the device check: it passed, so the agent's standing Ready applies.
      if (event.type === 'devicesPassed' && machine.reason === automaticReasons.devicesUnchecked && machine.lineUp) return fromChoice(choice, true);
      // Still waiting for the check, and a device turned out missing: say which.
      if (event.type === 'devicesFailed' && machine.reason === automaticReasons.devicesUnchecked) return notReady(event.reason);
      if (event.type === 'chooseNotReady') return notReady(event.reason);
      if (event.type === 'callStarted') return { state: 'onCall' };
      return current;
    case 'onCall':
      if (event.type !== 'callsEnded') return current;
      return machine.lineUp ? { state: 'wrapUp' } : notReady(automaticReasons.phoneOffline);
    case 'wrapUp':
      if (event.type === 'lineDown') return notReady(automaticReasons.phoneOffline);
      if (event.type === 'chooseReady') return { state: 'ready' };
      if (event.type === 'chooseNotReady') return notReady(event.reason);
      if (event.type === 'callStarted') return { state: 'onCall' };
      if (event.type === 'wrapUpElapsed') return machine.caseOwed ? current : fromChoice(choice, machine.devicesChecked);
      // The timer ran out while the case was owed: the case, once settled, ends wrap-up in its place.
      if (event.type === 'caseSettled' && machine.wrapUpEndsAt !== undefined && machine.wrapUpEndsAt <= at) return fromChoice(choice, machine.devicesChecked);
      return current;
  }
}
