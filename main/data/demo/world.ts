/**
 * The organisation every demo database has, whatever its size: districts with their urgent
 * numbers, care managers, providers, handler groups, the contact centre's staff, the on-call rota
 * and the knowledge base, with the look-ups the citizen and activity generators need.
 */
import { fixedDemoRows, fixedNumbers, type FixedDemoRows } from './demo-callers.js';
import { demoIds, type DemoCareManager, type DemoDistrict } from './demo-data.js';
import { districtNames, municipalities, type Municipality } from './districts.js';
import { NumberPlan } from './fictional-numbers.js';
import { generateHandlerGroups, type HandlerGroups } from './handler-groups.js';
import { generateKnowledgeBase } from './knowledge-articles.js';
import type { NameBook } from './name-book.js';
import { generateOncallShifts } from './oncall-shifts.js';
import type { DemoAgent, DemoProvider, OrganisationRows, ProviderKind } from './organisation-rows.js';
import { generateProviders } from './providers.js';
import { generateCareManagers, generateContactCentre } from './staff.js';

/** Staff take the first slots of each municipality's landlines and mobiles; citizens' start here. */
export const STAFF_SLOTS = { landline: 200, mobile: 50 } as const;

export interface World extends OrganisationRows {
  districts: DemoDistrict[];
  careManagers: DemoCareManager[];
  fixed: FixedDemoRows;
  groups: HandlerGroups;
  districtsOf(municipality: Municipality): readonly DemoDistrict[];
  district(id: string): DemoDistrict;
  careManagersOf(districtId: string): readonly DemoCareManager[];
  providersOf(districtId: string, kind: ProviderKind): readonly DemoProvider[];
  mealService(municipality: Municipality): DemoProvider;
  agentsOf(municipality: Municipality): readonly DemoAgent[];
}

function generateDistricts(numbers: NumberPlan): DemoDistrict[] {
  return municipalities.flatMap((municipality) =>
    districtNames[municipality].map((name, index) => ({
      id: demoIds.district(municipality, name),
      municipality,
      name,
      externalId: `${municipality === 'Stockholm' ? 'STH' : 'AAR'}-D${String(index + 1).padStart(2, '0')}`,
      ...oncallNumbers(numbers, municipality, index),
    })),
  );
}

/** A district's on-call mobiles: the first mobile slots, two per district, in the order of `districtNames`. */
export function oncallNumbers(numbers: NumberPlan, municipality: Municipality, index: number): Pick<DemoDistrict, 'oncallNumber' | 'oncallDeputyNumber'> {
  return { oncallNumber: numbers.number(municipality, 'mobile', 2 * index), oncallDeputyNumber: numbers.number(municipality, 'mobile', 2 * index + 1) };
}

function group<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

export function generateWorld(seed: number, today: number, names: NameBook, numbers: NumberPlan): World {
  const fixed = fixedDemoRows();
  const districts = generateDistricts(numbers);
  const byId = new Map(districts.map((district) => [district.id, district]));
  const municipalityOf = (districtId: string) => byId.get(districtId)?.municipality ?? 'Stockholm';
  for (const person of [...fixed.citizens, ...fixed.careManagers]) names.reserve(municipalityOf(person.districtId), person);
  const providers = generateProviders(seed, districts, numbers);
  const careManagers = generateCareManagers(seed, districts, fixed.careManagers, names, numbers);
  const staff = generateContactCentre(seed);
  const leads = staff.agents.filter((agent) => agent.role !== 'agent').map((agent) => agent.sipUser);
  const knowledge = generateKnowledgeBase(today, providers, leads);
  const managersByDistrict = group(careManagers, (manager) => manager.districtId);
  const providersByKey = group(providers, (provider) => `${provider.districtId}:${provider.kind}`);
  const providersByDistrict = new Map<string, Map<string, DemoProvider[]>>();
  for (const [key, list] of providersByKey) {
    const [districtId = '', kind = ''] = key.split(':');
    const kinds = providersByDistrict.get(districtId) ?? new Map<string, DemoProvider[]>();
    kinds.set(kind, list);
    providersByDistrict.set(districtId, kinds);
  }
  const agentsByMunicipality = group(staff.agents, (agent) => staff.teamMunicipality.get(agent.teamId) ?? 'Stockholm');
  const districtsByMunicipality = group(districts, (district) => district.municipality);
  const groups = generateHandlerGroups(districts, providers);
  return {
    districts,
    careManagers,
    fixed,
    providers,
    oncallShifts: generateOncallShifts(today, districts, careManagers),
    groups,
    handlerGroups: groups.rows,
    // Both Stockholm teams answer Äldre direkt's level 1, and work its callbacks together.
    teams: staff.teams.map((team) => ({ ...team, handlerGroupId: groups.central(staff.teamMunicipality.get(team.id) ?? 'Stockholm', 'level1').id })),
    agents: staff.agents,
    knowledgeArticles: knowledge.articles,
    knowledgeRevisions: knowledge.revisions,
    knowledgeCaseTypes: knowledge.caseTypes,
    districtsOf: (municipality) => districtsByMunicipality.get(municipality) ?? [],
    district: (id) => {
      const district = byId.get(id);
      if (!district) throw new Error(`demo row refers to an unknown district ${id}`);
      return district;
    },
    careManagersOf: (districtId) => managersByDistrict.get(districtId) ?? [],
    providersOf: (districtId, kind) => providersByDistrict.get(districtId)?.get(kind) ?? [],
    mealService: (municipality) => {
      const meals = providersByKey.get(`null:other`)?.find((provider) => provider.externalId.startsWith(municipality === 'Stockholm' ? 'PRV-STH' : 'PRV-AAR'));
      if (!meals) throw new Error(`no meal service for ${municipality}`);
      return meals;
    },
    agentsOf: (municipality) => agentsByMunicipality.get(municipality) ?? [],
  };
}

/** Bromma's on-call and deputy mobiles in the demo data: the demo registers them, the tests ring them. */
export const brommaOncall = oncallNumbers(new NumberPlan(fixedNumbers), 'Stockholm', districtNames.Stockholm.indexOf('Bromma'));
