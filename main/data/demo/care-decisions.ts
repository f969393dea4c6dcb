/**
 * What the care and finance systems hold about a citizen's services: current decisions with their
 * providers, the fee basis, and six months of invoices with OCR references. Amounts follow the
 * decisions: home-care hours, the safety alarm and meals cost; the Swedish fee stops at the
 * maximum fee, Danish permanent home help is free.
 */
import { isoDate, monthEnd, monthStart, toDay } from './calendar.js';
import type { DemoDecision, DemoFeeBasis, DemoInvoice, DecisionType } from './mirror-rows.js';
import { luhnCheckDigit } from './luhn.js';
import type { CitizenSketch } from './population.js';
import { between, logNormal, type Random } from './prng.js';
import { stableId } from './stable-id.js';
import type { World } from './world.js';

/** Sweden's maximum fee for home care and care homes per month (about the 2025 level). */
const MAX_FEE_SEK = 2575;
const INVOICED_MONTHS = 6;

export interface CareRows {
  decisions: DemoDecision[];
  feeBasis: DemoFeeBasis;
  invoices: DemoInvoice[];
}

const scopes: Record<'Stockholm' | 'Aarhus', Record<DecisionType, (hours: number) => string>> = {
  Stockholm: {
    home_care: (h) => `Hemtjänst ${h} tim/mån`, housing: () => 'Vård- och omsorgsboende', day_activity: () => 'Dagverksamhet två dagar i veckan',
    transport_service: () => 'Färdtjänst', safety_alarm: () => 'Trygghetslarm', meals: () => 'Matdistribution, lunch dagligen', other: () => 'Övrigt',
  },
  Aarhus: {
    home_care: (h) => `Hjemmehjælp ${h} t/md`, housing: () => 'Plejebolig', day_activity: () => 'Dagcenter to dage om ugen',
    transport_service: () => 'Kørselsordning', safety_alarm: () => 'Nødkald', meals: () => 'Madservice, middag dagligt', other: () => 'Andet',
  },
};

export function generateCare(citizen: CitizenSketch, serial: number, today: number, random: Random, world: World): CareRows {
  const { municipality } = citizen;
  const wanted: [DecisionType, string | null, number | null][] = [];
  const housing = random.chance(0.12);
  if (housing) wanted.push(['housing', citizen.careHomeId, null]);
  if (!housing && random.chance(0.7)) {
    const hours = Math.min(180, Math.max(2, Math.round(logNormal(random, 25, 0.7) * 2) / 2));
    wanted.push(['home_care', citizen.homeCareProviderId, hours]);
  }
  if (!housing && random.chance(0.45)) wanted.push(['safety_alarm', null, null]);
  if (!housing && random.chance(0.25)) wanted.push(['meals', world.mealService(municipality).id, null]);
  if (random.chance(0.08)) wanted.push(['day_activity', citizen.dayActivityId, null]);
  if (random.chance(0.35)) wanted.push(['transport_service', null, null]);
  if (wanted.length === 0) wanted.push(['safety_alarm', null, null]);

  const decisions = wanted.map(([decisionType, providerId, hours], index): DemoDecision => {
    const externalId = `${citizen.externalId}-B${index + 1}`;
    return {
      id: stableId(`decision:${externalId}`),
      externalId,
      citizenId: citizen.id,
      decisionType,
      scope: scopes[municipality][decisionType](hours ?? 0),
      hoursPerMonth: hours,
      validFrom: isoDate(today - between(random, 20, 1800)),
      validTo: random.chance(0.25) ? isoDate(today + between(random, 30, 500)) : null,
      providerId,
    };
  });
  const feeBasis = feeFor(citizen, decisions, today, random);
  return { decisions, feeBasis, invoices: invoicesFor(citizen, serial, feeBasis, decisions, today, random) };
}

function feeFor(citizen: CitizenSketch, decisions: readonly DemoDecision[], today: number, random: Random): DemoFeeBasis {
  const has = (type: DecisionType) => decisions.some((decision) => decision.decisionType === type);
  const hours = decisions.find((decision) => decision.decisionType === 'home_care')?.hoursPerMonth ?? 0;
  const incomeBasisDate = isoDate(today - between(random, 20, 330));
  if (citizen.municipality === 'Aarhus') {
    // Permanent home help is free in Denmark; a care home's rent and service and meals are paid.
    const fee = (has('housing') ? between(random, 4000, 9000) : 0) + (has('meals') ? between(random, 1500, 2100) : 0);
    return { citizenId: citizen.id, monthlyFee: fee, currency: 'DKK', maxFeeApplies: false, incomeBasisDate };
  }
  const uncapped = has('housing') ? MAX_FEE_SEK * 1.5 : hours * 180 + (has('safety_alarm') ? 250 : 0);
  // A low income lowers the fee (about a third of recipients); nobody pays more than the maximum.
  const reduced = random.chance(0.35) ? random.next() * 0.8 : 1;
  const fee = Math.round(Math.min(uncapped, MAX_FEE_SEK) * reduced * 100) / 100;
  return { citizenId: citizen.id, monthlyFee: fee, currency: 'SEK', maxFeeApplies: reduced === 1 && uncapped >= MAX_FEE_SEK, incomeBasisDate };
}

function invoicesFor(
  citizen: CitizenSketch,
  serial: number,
  fee: DemoFeeBasis,
  decisions: readonly DemoDecision[],
  today: number,
  random: Random,
): DemoInvoice[] {
  const invoices: DemoInvoice[] = [];
  const meals = decisions.some((decision) => decision.decisionType === 'meals');
  const since = Math.min(...decisions.map((decision) => toDay(decision.validFrom)));
  const code = citizen.municipality === 'Stockholm' ? 1 : 2;
  for (let back = INVOICED_MONTHS; back >= 1; back -= 1) {
    const start = monthStart(today, -back);
    const end = monthEnd(start);
    if (end < since) continue;
    const amount = fee.monthlyFee + (meals && fee.currency === 'SEK' ? between(random, 18, 31) * 72 : 0);
    if (amount <= 0) continue;
    const period = isoDate(start).slice(0, 7).replace('-', '');
    const dueDate = monthEnd(monthStart(start, 1));
    const body = `${code}${String(serial).padStart(6, '0')}${period.slice(2)}`;
    const paid = dueDate < today ? random.chance(0.95) : random.chance(0.4);
    const paidOn = !paid ? null : dueDate < today ? Math.min(today - 1, dueDate - between(random, -15, 14)) : between(random, end + 12, Math.max(end + 12, today - 1));
    invoices.push({
      id: stableId(`invoice:${citizen.externalId}:${period}`),
      invoiceNumber: `${citizen.municipality === 'Stockholm' ? 'STH' : 'AAR'}-${period}-${String(serial).padStart(6, '0')}`,
      citizenId: citizen.id,
      periodStart: isoDate(start),
      periodEnd: isoDate(end),
      amount: Math.round(amount * 100) / 100,
      currency: fee.currency,
      dueDate: isoDate(dueDate),
      ocrReference: `${body}${luhnCheckDigit(body)}`,
      paid: paid && paidOn !== null && paidOn < today,
      paidOn: paid && paidOn !== null && paidOn < today ? isoDate(paidOn) : null,
    });
  }
  return invoices;
}
