/**
 * One day of registered cases: every answered call becomes a case (up to the day's share of the
 * cases asked for) and letters, e-mails and "My pages" make up the rest. Type and class follow the
 * pilot's volumes, 70 % are settled at first contact; the others get a feedback channel, are due
 * the next working day, and are closed or forwarded around then, unless that is still to come.
 */
import type { CaseStatus, DemoCase, DemoCaseEvent } from './activity-rows.js';
import { isoDate, isoInstant, localDay, localInstant, nextWorkingDay, isWorkingDay } from './calendar.js';
import type { AnsweredCall, DayContext } from './call-day.js';
import type { Municipality } from './districts.js';
import type { CentralGroup } from './handler-groups.js';
import type { DemoAgent, DemoHandlerGroup } from './organisation-rows.js';
import type { CitizenSketch } from './population.js';
import { between, rowRandom, weighted, type Random } from './prng.js';
import { stableId } from './stable-id.js';
import { MAIN_CATEGORY, RESOLVED_AT_FIRST_CONTACT, caseClassShares, caseTypeVolumes, feedbackChannelShares, noteTemplates, type CaseClass, type CaseType } from './taxonomy.js';

const H = 3600;
const providerKinds: Partial<Record<CaseType, 'homeCareProviderId' | 'careHomeId' | 'dayActivityId'>> = {
  home_care: 'homeCareProviderId',
  housing: 'careHomeId',
  day_activity: 'dayActivityId',
};
const centralFor: Partial<Record<CaseType, CentralGroup>> = {
  invoice_question: 'fees',
  transport_service: 'transport',
  national_transport_service: 'transport',
  county_council_question: 'region',
};

interface Origin {
  municipality: Municipality;
  createdMs: number;
  agent: DemoAgent;
  citizen: CitizenSketch | null;
  callerNumber: string | null;
  callId: string | null;
}

/** Makes `quota` cases, or fewer when nobody on duty registers written ones (a weekend without level 2). */
export function casesOfDay(context: DayContext, answered: readonly AnsweredCall[], quota: number, endMs: number): { cases: DemoCase[]; caseEvents: DemoCaseEvent[] } {
  const out = { cases: [] as DemoCase[], caseEvents: [] as DemoCaseEvent[] };
  const { day, seed } = context;
  const phoneCases = Math.min(quota, answered.length);
  const writers = context.shifts.filter((shift) => shift.agent.level === 2);
  const written = writers.length > 0 ? quota - phoneCases : 0;
  for (let k = 0; k < phoneCases + written; k += 1) {
    const random = rowRandom(seed, 'case', day * 65_536 + k);
    let origin: Origin;
    const call = answered[k];
    if (call) {
      origin = { municipality: call.municipality, createdMs: call.endedMs + between(random, 10, 240) * 1000, agent: call.agent, citizen: call.citizen, callerNumber: call.record.callerNumber, callId: call.record.callId };
    } else {
      // Letters and e-mails are registered by level 2 during the day, in each line's own team.
      const { agent, municipality } = random.pick(writers);
      origin = { municipality, createdMs: localInstant(day, 8 * H + random.below(8 * H)), agent, citizen: context.population.pick(random, municipality, context.fixed), callerNumber: null, callId: null };
    }
    addCase(context, random, origin, `${day}:${k}`, endMs, out);
  }
  return out;
}

function addCase(context: DayContext, random: Random, origin: Origin, key: string, endMs: number, out: { cases: DemoCase[]; caseEvents: DemoCaseEvent[] }): void {
  const { world } = context;
  const type: CaseType = weighted(random, caseTypeVolumes);
  const caseClass: CaseClass = weighted(random, caseClassShares);
  const citizen = origin.citizen;
  const district = citizen !== null ? world.district(citizen.districtId) : random.pick(world.districtsOf(origin.municipality));
  const providerKey = providerKinds[type];
  const providerId = citizen !== null && providerKey !== undefined ? citizen[providerKey] : null;
  const resolved = random.chance(RESOLVED_AT_FIRST_CONTACT);
  const agents = world.agentsOf(origin.municipality).filter((agent) => agent.level === 2);
  const group = handlerGroup(context, type, caseClass, resolved, origin, district.id, providerId);
  const handlerAgent = group === world.groups.central(origin.municipality, 'level2') ? random.pick(agents).sipUser : null;
  const createdDay = localDay(origin.createdMs);
  const channel = resolved ? null : weighted(random, feedbackChannelShares);
  const id = stableId(`case:${key}`);
  const events: DemoCaseEvent[] = [];
  const event = (kind: DemoCaseEvent['kind'], at: number, byAgent: string, from: CaseStatus | null, to: CaseStatus | null, note = '', callId: string | null = null) => {
    events.push({ caseId: id, kind, at: isoInstant(at), byAgent, statusFrom: from, statusTo: to, note, callId, clientId: stableId(`case-event:${key}:${events.length}`) });
  };
  let status: CaseStatus = resolved ? (type === 'forwarded_to_department' ? 'forwarded' : 'closed') : 'open';
  let updated = origin.createdMs;
  event('created', origin.createdMs, origin.agent.sipUser, null, status, '', origin.callId);
  if (random.chance(0.08)) {
    const at = origin.createdMs + between(random, 1, 72) * H * 1000;
    if (at < endMs) {
      event('information_added', at, random.pick(world.agentsOf(origin.municipality)).sipUser, null, null, origin.municipality === 'Stockholm' ? 'Ny uppgift i samtal.' : 'Nye oplysninger i opkald.');
      updated = Math.max(updated, at);
    }
  }
  const due = resolved ? null : nextWorkingDay(createdDay);
  if (due !== null) {
    if (random.chance(0.03)) {
      const at = origin.createdMs + between(random, 1, 4) * H * 1000;
      if (at < endMs) {
        event('reassigned', at, random.pick(agents).sipUser, null, null);
        updated = Math.max(updated, at);
      }
    }
    // Most are settled by the due date; some run late by up to two working weeks.
    let day = random.chance(0.85) ? createdDay + random.below(due - createdDay + 1) : due + between(random, 1, 12);
    while (!isWorkingDay(day)) day += 1;
    const closedAt = Math.max(origin.createdMs + 600_000, localInstant(day, 9 * H + random.below(7 * H)));
    if (closedAt < endMs) {
      const to: CaseStatus = random.chance(0.88) ? 'closed' : 'forwarded';
      event('status_changed', closedAt, random.pick(agents).sipUser, 'open', to);
      status = to;
      updated = Math.max(updated, closedAt);
    }
  }
  const language = origin.municipality === 'Stockholm' ? 'sv' : 'da';
  out.cases.push({
    id,
    mainCategoryCode: MAIN_CATEGORY,
    caseTypeCode: type,
    caseClassCode: caseClass,
    districtId: district.id,
    providerId: providerId ?? (caseClass === 'complaint_provider' ? random.pick(world.providersOf(district.id, 'home_care')).id : null),
    unit: caseClass === 'complaint_provider' && type === 'housing' ? (language === 'sv' ? 'Köket' : 'Køkkenet') : '',
    handlerGroupId: group.id,
    handlerAgent,
    status,
    resolvedAtFirstContact: resolved,
    feedbackChannelCode: channel,
    feedbackContact: channel === null ? '' : contactFor(channel, origin, key),
    dueDate: due === null ? null : isoDate(due),
    citizenId: citizen !== null && !citizen.protectedIdentity ? citizen.id : null,
    callerNumber: origin.callerNumber,
    callId: origin.callId,
    notes: noteTemplates[language][caseClass],
    createdAt: isoInstant(origin.createdMs),
    createdBy: origin.agent.sipUser,
    updatedAt: isoInstant(updated),
    clientId: stableId(`case-client:${key}`),
  });
  out.caseEvents.push(...events);
}

function handlerGroup(
  context: DayContext,
  type: CaseType,
  caseClass: CaseClass,
  resolved: boolean,
  origin: Origin,
  districtId: string,
  providerId: string | null,
): DemoHandlerGroup {
  const { groups } = context.world;
  if (resolved) return groups.central(origin.municipality, origin.agent.level === 2 ? 'level2' : 'level1');
  const central = centralFor[type];
  if (central) return groups.central(origin.municipality, central);
  if (caseClass === 'complaint_provider' && providerId !== null) return groups.providerManager(providerId);
  if (caseClass === 'complaint_administration') return groups.districtManager(districtId);
  if (caseClass === 'new_application' || caseClass === 'status_inquiry') return groups.careManagers(districtId);
  return groups.central(origin.municipality, 'level2');
}

/** The number the call came from for phone and SMS; a mailbox at a reserved example domain for e-mail. */
function contactFor(channel: string, origin: Origin, key: string): string {
  if (channel === 'phone' || channel === 'sms') return origin.callerNumber ?? origin.citizen?.mobile ?? origin.citizen?.landline ?? '';
  if (channel === 'email') return `kontakt-${key.replace(':', '-')}@example.org`;
  return '';
}
