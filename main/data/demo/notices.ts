/**
 * What else a day leaves behind: now and then a broadcast from a team lead (a crisis now and then,
 * when one event makes many people call), and the audit of searches by name or identity number
 * for callers whose number finds no one, plus each month's report export.
 */
import type { DemoAuditEntry, DemoBroadcast } from './activity-rows.js';
import { isoInstant, localInstant, monthStart } from './calendar.js';
import type { DayContext } from './call-day.js';
import { between, rowRandom, weighted } from './prng.js';
import { stableId } from './stable-id.js';

const H = 3600;
const messages = [
  ['info', 'Ny version av tjänsteguiden om färdtjänst är publicerad.'],
  ['info', 'Kom ihåg att registrera återkopplingssätt på alla öppna ärenden.'],
  ['warning', 'Långa kötider just nu: nivå 2, logga in och ta samtal.'],
  ['warning', 'Trygghetslarmen i två stadsdelar har driftstörning, larmcentralen informerad.'],
  ['crisis', 'Strömavbrott i flera stadsdelar: hemtjänsten prioriterar besök hos dem som bor ensamma. Hänvisa frågor om besökstider hit.'],
] as const;

/** About one day in seven; `certain` on the history's last day, so even a short history has one to show. */
export function broadcastsOfDay(context: DayContext, certain: boolean): DemoBroadcast[] {
  const random = rowRandom(context.seed, 'broadcast', context.day);
  if (!random.chance(0.15) && !certain) return [];
  const leads = context.world.agents.filter((agent) => agent.role === 'lead');
  const [severity, message] = weighted(random, messages.map((entry) => [entry, entry[0] === 'crisis' ? 0.3 : 1] as const));
  const sentAt = localInstant(context.day, 8 * H + random.below(6 * H));
  const team = random.chance(0.3) ? random.pick(context.world.teams) : null;
  return [{
    id: stableId(`broadcast:${context.day}`),
    message,
    severity,
    teamId: team?.id ?? null,
    sentBy: random.pick(leads).sipUser,
    sentAt: isoInstant(sentAt),
    validUntil: isoInstant(sentAt + between(random, 2, 8) * H * 1000),
  }];
}

/** About one search per hundred calls, and on each month's first day the lead's export of the previous month. */
export function auditOfDay(context: DayContext, calls: number): DemoAuditEntry[] {
  const entries: DemoAuditEntry[] = [];
  const random = rowRandom(context.seed, 'audit', context.day);
  const searches = Math.floor(calls / 100) + (random.chance((calls % 100) / 100) ? 1 : 0);
  for (let n = 0; n < searches; n += 1) {
    const shift = context.shifts.length > 0 ? random.pick(context.shifts) : null;
    if (!shift) break;
    const byNumber = random.chance(0.3);
    const citizen = context.population.pick(random, shift.municipality, context.fixed);
    entries.push({
      at: isoInstant(localInstant(context.day, 8 * H + random.below(8 * H))),
      actor: shift.agent.sipUser,
      action: byNumber ? 'citizen.search_by_identity_number' : 'citizen.search_by_name',
      subjectType: 'citizen',
      subjectId: citizen.id,
      callId: null,
      reason: byNumber ? 'Caller gave their identity number' : 'Caller without number display',
    });
  }
  if (monthStart(context.day) === context.day) {
    const lead = context.world.agents.find((agent) => agent.role === 'lead');
    entries.push({
      at: isoInstant(localInstant(context.day, 7 * H + 30 * 60)),
      actor: lead?.sipUser ?? 'admin',
      action: 'report.export',
      subjectType: 'report',
      subjectId: `monthly:${new Date(monthStart(context.day, -1) * 86_400_000).toISOString().slice(0, 7)}`,
      callId: null,
      reason: 'Monthly report to the districts',
    });
  }
  return entries;
}
