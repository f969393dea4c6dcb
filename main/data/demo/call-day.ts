/**
 * One day of calls offered to the contact centre: a morning peak, about 85 % answered, waiting
 * times against the 2-minute target (longer at the peak), talk of about 4 minutes, and now and then
 * a transfer to a care manager or the district's urgent on-call mobile. Callers are citizens,
 * their relatives, professionals (hospitals, GPs) or withheld numbers.
 */
import type { DemoCallRecord, DemoCallTransfer } from './activity-rows.js';
import { isWorkingDay, isoInstant, localInstant } from './calendar.js';
import type { Municipality } from './districts.js';
import type { NumberPlan } from './fictional-numbers.js';
import type { DemoAgent } from './organisation-rows.js';
import type { CitizenSketch, Population } from './population.js';
import { between, exponential, logNormal, rowRandom, weighted, type Random } from './prng.js';
import { stableId } from './stable-id.js';
import type { Shift } from './staffing.js';
import type { World } from './world.js';

export interface DayContext {
  seed: number;
  day: number;
  world: World;
  population: Population;
  fixed: readonly CitizenSketch[];
  numbers: NumberPlan;
  shifts: readonly Shift[];
}

export interface AnsweredCall {
  record: DemoCallRecord;
  municipality: Municipality;
  agent: DemoAgent;
  /** Whom the call was about, as far as the number tells. */
  citizen: CitizenSketch | null;
  endedMs: number;
}

const weekdayProfile = [[8, 16], [9, 17], [10, 14], [11, 11], [12, 9], [13, 10], [14, 9], [15, 8], [16, 6]] as const;
const weekendProfile = [[9, 18], [10, 17], [11, 15], [12, 13], [13, 13], [14, 12], [15, 12]] as const;
/** Share of the calls between 12 and 15 on weekdays that are for Aarhus' line. */
const AARHUS_SHARE_OF_ITS_HOURS = 0.25;
const callerKinds = [['citizen', 55], ['relative', 22], ['professional', 18], ['withheld', 5]] as const;
/** The hunt groups each line's calls arrive on (the test PBX's 600). */
const dialled: Readonly<Record<Municipality, string>> = { Stockholm: '600', Aarhus: '601' };

export function callsOfDay(context: DayContext, count: number): { callRecords: DemoCallRecord[]; callTransfers: DemoCallTransfer[]; answered: AnsweredCall[] } {
  const { day } = context;
  const profile = isWorkingDay(day) ? weekdayProfile : weekendProfile;
  const offered: { random: Random; k: number; municipality: Municipality; at: number }[] = [];
  for (let k = 0; k < count; k += 1) {
    const random = rowRandom(context.seed, 'call', day * 65_536 + k);
    const hour = weighted(random, profile);
    const aarhus = isWorkingDay(day) && hour >= 12 && hour < 15 && random.chance(AARHUS_SHARE_OF_ITS_HOURS);
    offered.push({ random, k, municipality: aarhus ? 'Aarhus' : 'Stockholm', at: localInstant(day, hour * 3600 + random.below(3600)) });
  }
  offered.sort((a, b) => a.at - b.at || a.k - b.k);
  const peakEnds = localInstant(day, 10 * 3600);
  const windows = context.shifts.map((shift) => ({ shift, from: localInstant(day, shift.start), to: localInstant(day, shift.end) }));
  const callRecords: DemoCallRecord[] = [];
  const callTransfers: DemoCallTransfer[] = [];
  const answered: AnsweredCall[] = [];
  for (const { random, k, municipality, at } of offered) {
    const { number, citizen } = caller(context, random, municipality);
    const peak = isWorkingDay(day) && at < peakEnds;
    const agent = pickAgent(windows, municipality, at, random);
    const answers = agent !== null && random.chance(peak ? 0.8 : 0.9);
    const wait = 5_000 + (answers ? exponential(random, peak ? 95_000 : 40_000) : exponential(random, 70_000));
    const record: DemoCallRecord = {
      id: stableId(`call:${day}:${k}`),
      callId: `${day}-${k}@demo.careline.invalid`,
      direction: 'inbound',
      dialled: dialled[municipality],
      callerNumber: number,
      citizenId: citizen !== null && !citizen.protectedIdentity ? citizen.id : null,
      offeredAt: isoInstant(at),
      answeredAt: null,
      endedAt: isoInstant(at + wait),
      answeredBy: null,
      outcome: 'abandoned',
      clientId: stableId(`call-client:${day}:${k}`),
    };
    callRecords.push(record);
    if (!answers || agent === null) continue;
    const answeredMs = at + wait;
    const talk = Math.min(1_800_000, Math.max(20_000, logNormal(random, 200_000, 0.55)));
    record.answeredAt = isoInstant(answeredMs);
    record.endedAt = isoInstant(answeredMs + talk);
    record.answeredBy = agent.sipUser;
    record.outcome = 'answered';
    const transfer = transferOf(context, random, record, citizen, municipality, answeredMs, talk);
    if (transfer) {
      callTransfers.push(transfer);
      if (transfer.outcome === 'accepted') record.outcome = 'transferred';
    }
    answered.push({ record, municipality, agent, citizen, endedMs: answeredMs + talk });
  }
  return { callRecords, callTransfers, answered };
}

function caller(context: DayContext, random: Random, municipality: Municipality): { number: string | null; citizen: CitizenSketch | null } {
  const kind = weighted(random, callerKinds);
  if (kind === 'withheld') return { number: null, citizen: null };
  if (kind === 'professional') {
    const about = random.chance(0.5) ? context.population.pick(random, municipality, context.fixed) : null;
    return { number: context.numbers.number(municipality, 'caller', random.below(20_000)), citizen: about };
  }
  const citizen = context.population.pick(random, municipality, context.fixed);
  if (kind === 'relative') {
    // A relative's first own number: most citizens have a relative with a mobile in that slot.
    return { number: context.numbers.number(municipality, 'relative', citizen.relativeSlot), citizen };
  }
  const lines = [citizen.landline, citizen.mobile].filter((line): line is string => line !== null);
  return { number: lines.length > 0 ? random.pick(lines) : null, citizen };
}

interface ShiftWindow {
  shift: Shift;
  from: number;
  to: number;
}

function pickAgent(windows: readonly ShiftWindow[], municipality: Municipality, at: number, random: Random): DemoAgent | null {
  const present = windows.filter(({ shift, from, to }) => shift.municipality === municipality && from <= at && to > at);
  if (present.length === 0) return null;
  // Level 1 takes calls; level 2 backs up and takes about one in four.
  return weighted(random, present.map(({ shift }) => [shift.agent, shift.agent.level === 1 ? 3 : 1] as const));
}

function transferOf(
  context: DayContext,
  random: Random,
  record: DemoCallRecord,
  citizen: CitizenSketch | null,
  municipality: Municipality,
  answeredMs: number,
  talk: number,
): DemoCallTransfer | null {
  const roll = random.next();
  if (roll >= 0.058) return null;
  const district = citizen !== null ? context.world.district(citizen.districtId) : random.pick(context.world.districtsOf(municipality));
  const rota = context.world.careManagersOf(district.id);
  const urgent = roll < 0.008;
  // The on-call mobile's carrier, as the rota in oncall-shifts.ts turns.
  const manager = urgent ? rota[context.day % rota.length] : random.pick(rota);
  const attempted = answeredMs + Math.min(talk - 5_000, between(random, 40, 180) * 1000);
  const accepted = random.chance(urgent ? 0.9 : 0.85);
  const name = manager ? `${manager.givenName} ${manager.familyName}` : '';
  return {
    callRecordId: record.id,
    kind: urgent ? 'urgent_oncall' : random.chance(0.6) ? 'attended' : 'blind',
    targetNumber: urgent ? district.oncallNumber : (manager?.phone ?? district.oncallDeputyNumber),
    targetLabel: urgent ? `${municipality === 'Stockholm' ? 'Jourmobil' : 'Vagttelefon'} ${district.name}` : name,
    attemptedAt: isoInstant(attempted),
    answeredAt: accepted ? isoInstant(attempted + between(random, 5, 45) * 1000) : null,
    acceptedBy: accepted ? name : '',
    outcome: accepted ? 'accepted' : 'no_answer',
  };
}
