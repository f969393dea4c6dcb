/**
 * Who is responsible for a case (the seeds' "ansvarig handläggare"): the contact centre's own
 * levels, departments for fees and transport service, each district's care-manager group and
 * manager, and each provider's manager for complaints about that provider.
 */
import { demoIds, type DemoDistrict } from './demo-data.js';
import type { Municipality } from './districts.js';
import type { DemoHandlerGroup, DemoProvider, HandlerGroupKind } from './organisation-rows.js';

/** The groups a case can be routed to without knowing its district or provider. */
export type CentralGroup = 'level1' | 'level2' | 'fees' | 'transport' | 'region';

const centralNames: Readonly<Record<Municipality, Record<CentralGroup, [string, HandlerGroupKind]>>> = {
  Stockholm: {
    level1: ['Äldre direkt, nivå 1', 'contact_centre'],
    level2: ['Äldre direkt, nivå 2', 'contact_centre'],
    fees: ['Avgiftshandläggningen', 'department'],
    transport: ['Färdtjänsthandläggningen', 'department'],
    region: ['Regionens vägledning', 'department'],
  },
  Aarhus: {
    level1: ['Sundheds- og Omsorgslinjen', 'contact_centre'],
    level2: ['Sundheds- og Omsorgslinjen, sagsbehandling', 'contact_centre'],
    fees: ['Opkrævningen', 'department'],
    transport: ['Kørselskontoret', 'department'],
    region: ['Region Midtjylland, borgerservice', 'department'],
  },
};

const code: Readonly<Record<Municipality, string>> = { Stockholm: 'STH', Aarhus: 'AAR' };

export interface HandlerGroups {
  rows: DemoHandlerGroup[];
  central(municipality: Municipality, group: CentralGroup): DemoHandlerGroup;
  careManagers(districtId: string): DemoHandlerGroup;
  districtManager(districtId: string): DemoHandlerGroup;
  providerManager(providerId: string): DemoHandlerGroup;
}

export function generateHandlerGroups(districts: readonly DemoDistrict[], providers: readonly DemoProvider[]): HandlerGroups {
  const rows: DemoHandlerGroup[] = [];
  const byKey = new Map<string, DemoHandlerGroup>();
  const add = (key: string, name: string, kind: HandlerGroupKind, districtId: string | null, providerId: string | null) => {
    const externalId = `HG-${key}`;
    const row = { id: demoIds.handlerGroup(externalId), externalId, name, kind, districtId, providerId };
    rows.push(row);
    byKey.set(key, row);
  };
  for (const municipality of ['Stockholm', 'Aarhus'] as const) {
    for (const [group, [name, kind]] of Object.entries(centralNames[municipality])) add(`${code[municipality]}-${group}`, name, kind, null, null);
  }
  for (const district of districts) {
    const swedish = district.municipality === 'Stockholm';
    add(`${district.externalId}-cm`, `${swedish ? 'Biståndshandläggare' : 'Visitationen'} ${district.name}`, 'care_manager_group', district.id, null);
    add(`${district.externalId}-mgr`, `${swedish ? 'Avdelningschef äldreomsorg' : 'Områdeleder'} ${district.name}`, 'manager', district.id, null);
  }
  for (const provider of providers) {
    const swedish = provider.externalId.startsWith('PRV-STH');
    add(provider.externalId, `${swedish ? 'Verksamhetschef' : 'Leder'}, ${provider.name}`, 'manager', provider.districtId, provider.id);
  }
  const get = (key: string): DemoHandlerGroup => {
    const row = byKey.get(key);
    if (!row) throw new Error(`no handler group ${key}`);
    return row;
  };
  const districtKey = new Map(districts.map((district) => [district.id, district.externalId]));
  const providerKey = new Map(providers.map((provider) => [provider.id, provider.externalId]));
  return {
    rows,
    central: (municipality, group) => get(`${code[municipality]}-${group}`),
    careManagers: (districtId) => get(`${districtKey.get(districtId)}-cm`),
    districtManager: (districtId) => get(`${districtKey.get(districtId)}-mgr`),
    providerManager: (providerId) => get(providerKey.get(providerId) ?? ''),
  };
}
