/**
 * The people who answer and decide: each district's care managers (the fixed demo ones among
 * them), and the contact centre's teams and 30 agents (the Stockholm proposal's ~30 full-time
 * agents including leads), on levels 1 and 2, with the languages they speak.
 */
import type { FixedDemoRows } from './demo-callers.js';
import { demoIds, type DemoCareManager, type DemoDistrict } from './demo-data.js';
import type { Municipality } from './districts.js';
import type { NumberPlan } from './fictional-numbers.js';
import type { Gender } from './identity-numbers.js';
import { youngerName, type NameBook } from './name-book.js';
import type { DemoAgent, DemoTeam } from './organisation-rows.js';
import { rowRandom, weighted, type Random } from './prng.js';

const CARE_MANAGERS_PER_DISTRICT = 3;
/** Care managers' landlines follow the providers' (providers.ts) in the municipality's staff slots. */
const CARE_MANAGER_FIRST_SLOT = 120;

const responsibilities: Readonly<Record<Municipality, readonly string[]>> = {
  Stockholm: ['Efternamn A–H', 'Efternamn I–R', 'Efternamn S–Ö', 'Särskilt boende och korttidsvård'],
  Aarhus: ['Efternavne A–H', 'Efternavne I–R', 'Efternavne S–Å', 'Plejebolig og aflastning'],
};

/** Languages besides the municipality's own, roughly as common as among Stockholm's and Aarhus' elderly. */
const otherLanguages: Readonly<Record<Municipality, readonly (readonly [string, number])[]>> = {
  Stockholm: [['fi', 4], ['ar', 3], ['fa', 2], ['so', 2], ['es', 2], ['bs', 2], ['pl', 2], ['tr', 1], ['da', 1]],
  Aarhus: [['ar', 3], ['tr', 3], ['so', 2], ['de', 2], ['sv', 1]],
};
const ownLanguage: Readonly<Record<Municipality, string>> = { Stockholm: 'sv', Aarhus: 'da' };

function languagesOf(municipality: Municipality, random: Random, extraShare: number): string[] {
  const languages = [ownLanguage[municipality]];
  if (random.chance(0.65)) languages.push('en');
  if (random.chance(extraShare)) {
    const extra = weighted(random, otherLanguages[municipality]);
    if (!languages.includes(extra)) languages.push(extra);
  }
  return languages;
}

const gender = (random: Random, femaleShare: number): Gender => (random.chance(femaleShare) ? 'female' : 'male');

export function generateCareManagers(
  seed: number,
  districts: readonly DemoDistrict[],
  fixed: FixedDemoRows['careManagers'],
  names: NameBook,
  numbers: NumberPlan,
): DemoCareManager[] {
  const managers: DemoCareManager[] = [];
  const slots = new Map<Municipality, number>();
  districts.forEach((district, districtIndex) => {
    const { municipality } = district;
    const options = responsibilities[municipality];
    for (const person of fixed.filter((manager) => manager.districtId === district.id)) {
      const random = rowRandom(seed, 'fixed-care-manager', managers.length);
      const { key, ...rest } = person;
      managers.push({ ...rest, externalId: `CM-${key.replace(':', '-').toUpperCase()}`, responsibility: options[3] as string, languages: languagesOf(municipality, random, 0.3) });
    }
    for (let n = 1; n <= CARE_MANAGERS_PER_DISTRICT; n += 1) {
      const random = rowRandom(seed, 'care-manager', districtIndex * 10 + n);
      const slot = slots.get(municipality) ?? CARE_MANAGER_FIRST_SLOT;
      slots.set(municipality, slot + 1);
      managers.push({
        id: demoIds.careManager(`${municipality}:${district.name}:${n}`),
        districtId: district.id,
        ...names.unique(municipality, gender(random, 0.75), random),
        phone: numbers.number(municipality, 'landline', slot),
        externalId: `CM-${district.externalId}-${n}`,
        responsibility: options[n - 1] as string,
        languages: languagesOf(municipality, random, 0.3),
      });
    }
  });
  return managers;
}

export interface ContactCentreStaff {
  teams: DemoTeam[];
  agents: DemoAgent[];
  /** Which municipality's calls a team takes. */
  teamMunicipality: ReadonlyMap<string, Municipality>;
}

const teamPlan: readonly { name: string; municipality: Municipality; first: number; last: number }[] = [
  { name: 'Team Norr', municipality: 'Stockholm', first: 1001, last: 1013 },
  { name: 'Team Söder', municipality: 'Stockholm', first: 1014, last: 1026 },
  { name: 'Team Aarhus', municipality: 'Aarhus', first: 1027, last: 1030 },
];
const leads = new Set(['1013', '1026', '1030']);
const ADMIN = '1025';
/** The agent the demo desk registers as (scripts/demo.ts): a plain level-1 agent. */
const DEMO_AGENT = '1001';
/** Colleagues of the demo agent's team who speak the callers' commonest other languages, so "colleagues by language" finds someone. */
const demoLanguages: Readonly<Record<string, string[]>> = {
  '1002': ['sv', 'ar', 'en'],
  '1003': ['sv', 'fi'],
  '1004': ['sv', 'so', 'ar'],
  '1005': ['sv', 'fa', 'en'],
  '1007': ['sv', 'tr'],
};

export function generateContactCentre(seed: number): ContactCentreStaff {
  const teams: DemoTeam[] = [];
  const agents: DemoAgent[] = [];
  const teamMunicipality = new Map<string, Municipality>();
  const displayNames = new Set<string>();
  for (const plan of teamPlan) {
    const team = { id: demoIds.team(plan.name), name: plan.name };
    teams.push(team);
    teamMunicipality.set(team.id, plan.municipality);
    for (let number = plan.first; number <= plan.last; number += 1) {
      const sipUser = String(number);
      const random = rowRandom(seed, 'agent', number);
      let name = youngerName(plan.municipality, gender(random, 0.7), random);
      while (displayNames.has(`${name.givenName} ${name.familyName}`)) name = youngerName(plan.municipality, gender(random, 0.7), random);
      displayNames.add(`${name.givenName} ${name.familyName}`);
      const role = leads.has(sipUser) ? 'lead' : sipUser === ADMIN ? 'admin' : 'agent';
      agents.push({
        sipUser,
        displayName: `${name.givenName} ${name.familyName}`,
        role,
        // Level 2 backs up at peaks and does casework; leads work on level 2.
        level: role === 'lead' || number % 3 === 0 ? 2 : 1,
        languages: sipUser === DEMO_AGENT ? ['sv', 'en'] : (demoLanguages[sipUser] ?? languagesOf(plan.municipality, random, 0.35)),
        teamId: team.id,
        active: true,
      });
    }
  }
  return { teams, agents, teamMunicipality };
}
