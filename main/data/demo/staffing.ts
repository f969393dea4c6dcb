/**
 * Who works which day and the states they log: Stockholm's line is open every day (08-17 on
 * weekdays, 09-16 at weekends, with a small weekend crew), Aarhus' line on weekdays 12-15 as the
 * status report describes. A shift is logged as ready, breaks and lunch as not ready (level 2
 * also for casework), and offline at the end; on_call and wrap_up follow from the call records.
 */
import { isWorkingDay, isoInstant, localInstant } from './calendar.js';
import type { DemoAgentState } from './activity-rows.js';
import type { Municipality } from './districts.js';
import type { DemoAgent } from './organisation-rows.js';
import { between, rowRandom, type Random } from './prng.js';
import type { World } from './world.js';

const H = 3600;
const WEEKEND_CREW = 5;

export interface Shift {
  agent: DemoAgent;
  municipality: Municipality;
  /** Seconds of the local day. */
  start: number;
  end: number;
}

/** When each line takes calls, in seconds of the local day; null when closed. */
function openingHours(municipality: Municipality, day: number): readonly [number, number] | null {
  if (municipality === 'Aarhus') return isWorkingDay(day) ? [12 * H, 15 * H] : null;
  return isWorkingDay(day) ? [8 * H, 17 * H] : [9 * H, 16 * H];
}

export function shiftsOf(seed: number, day: number, world: World): Shift[] {
  const shifts: Shift[] = [];
  for (const municipality of ['Stockholm', 'Aarhus'] as const) {
    const hours = openingHours(municipality, day);
    if (hours === null) continue;
    const agents = world.agentsOf(municipality);
    agents.forEach((agent, index) => {
      const random = rowRandom(seed, `shift:${agent.sipUser}`, day);
      // Weekends: a crew of five in turn; weekdays: nearly everyone (leave, part time, illness aside).
      const working = isWorkingDay(day) ? random.chance(agent.role === 'agent' ? 0.85 : 0.92) : (day + index) % agents.length < WEEKEND_CREW;
      if (!working) return;
      shifts.push({ agent, municipality, start: hours[0] - between(random, 5, 20) * 60, end: hours[1] + between(random, 0, 15) * 60 });
    });
  }
  return shifts;
}

export function stateLogOf(seed: number, day: number, shifts: readonly Shift[]): DemoAgentState[] {
  const rows: DemoAgentState[] = [];
  for (const shift of shifts) {
    const random = rowRandom(seed, `states:${shift.agent.sipUser}`, day);
    const at = (seconds: number) => isoInstant(localInstant(day, seconds));
    rows.push({ sipUser: shift.agent.sipUser, state: 'ready', reason: '', at: at(shift.start) });
    for (const [reason, from, length] of pauses(shift, random)) {
      if (from <= shift.start || from + length >= shift.end) continue;
      rows.push({ sipUser: shift.agent.sipUser, state: 'not_ready', reason, at: at(from) });
      rows.push({ sipUser: shift.agent.sipUser, state: 'ready', reason: '', at: at(from + length) });
    }
    rows.push({ sipUser: shift.agent.sipUser, state: 'offline', reason: '', at: at(shift.end) });
  }
  return rows;
}

/** [reason, start, length] in seconds, in order. */
function pauses(shift: Shift, random: Random): [string, number, number][] {
  const long = shift.end - shift.start > 6 * H;
  const list: [string, number, number][] = [];
  if (long) list.push(['break', 10 * H + between(random, -20, 20) * 60, 15 * 60]);
  if (long) list.push(['lunch', 11 * H + 15 * 60 + between(random, 0, 90) * 60, 45 * 60]);
  if (shift.agent.level === 2 && long) list.push(['casework', 13 * H + 30 * 60 + between(random, 0, 30) * 60, 60 * 60]);
  list.push(['break', 15 * H + between(random, -20, 20) * 60 - (long ? 0 : 90 * 60), 15 * 60]);
  return list.sort((a, b) => a[1] - b[1]).filter((pause, index, all) => index === 0 || pause[1] >= (all[index - 1]?.[1] ?? 0) + (all[index - 1]?.[2] ?? 0));
}
