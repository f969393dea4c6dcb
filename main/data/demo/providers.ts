/**
 * Care providers per district, as the free-choice model (LOV) makes them: the municipality's own
 * home care beside private ones, care homes and a day activity, plus one meal service per
 * municipality. Private names are made-up compounds; none is meant to be a real company.
 */
import { demoIds, type DemoDistrict } from './demo-data.js';
import type { Municipality } from './districts.js';
import type { NumberPlan } from './fictional-numbers.js';
import type { DemoProvider, ProviderKind } from './organisation-rows.js';
import { rowRandom, between } from './prng.js';
import { streetNames } from './places.js';

const PRIVATE_HOME_CARE_PER_DISTRICT = 2;
const CARE_HOMES_PER_DISTRICT = 2;

const namePrefixes: Readonly<Record<Municipality, readonly string[]>> = {
  Stockholm: ['Lärk', 'Rönn', 'Sälg', 'Syren', 'Ljung', 'Kvarn', 'Sjö', 'Tran', 'Mås', 'Vide', 'Lind', 'Hassel', 'Klöver', 'Vitsippe', 'Kastanj'],
  Aarhus: ['Lærke', 'Røn', 'Hyld', 'Lyng', 'Mølle', 'Sø', 'Trane', 'Måge', 'Pile', 'Hassel', 'Kløver', 'Anemone', 'Kastanje', 'Bøge', 'Hvede'],
};
const nameSuffixes: Readonly<Record<Municipality, readonly string[]>> = {
  Stockholm: ['gläntan', 'hagen', 'backen', 'udden', 'ängen', 'lunden', 'dalen', 'stugan'],
  Aarhus: ['lunden', 'haven', 'bakken', 'engen', 'dalen', 'gården', 'huset', 'toften'],
};

interface NameForm {
  municipal: (district: string) => string;
  private: (place: string) => string;
  careHome: (place: string) => string;
  dayActivity: (place: string) => string;
  meals: string;
}

const forms: Readonly<Record<Municipality, NameForm>> = {
  Stockholm: {
    municipal: (district) => `Hemtjänsten ${district}`,
    private: (place) => `${place} Omsorg AB`,
    careHome: (place) => `Vård- och omsorgsboendet ${place}`,
    dayActivity: (place) => `Dagverksamheten ${place}`,
    meals: 'Måltidsservice Stockholm',
  },
  Aarhus: {
    municipal: (district) => `Hjemmeplejen ${district}`,
    private: (place) => `${place} Pleje ApS`,
    careHome: (place) => `Plejecenter ${place}`,
    dayActivity: (place) => `Dagcenter ${place}`,
    meals: 'Madservice Aarhus',
  },
};

/** Landline slots 0… of each municipality; care managers' slots come after (see world.ts). */
export function generateProviders(seed: number, districts: readonly DemoDistrict[], numbers: NumberPlan): DemoProvider[] {
  const providers: DemoProvider[] = [];
  const usedPlaces = new Set<string>();
  const slots = new Map<Municipality, number>();
  const add = (municipality: Municipality, kind: ProviderKind, name: string, districtId: string | null, index: number) => {
    const slot = slots.get(municipality) ?? 0;
    slots.set(municipality, slot + 1);
    const random = rowRandom(seed, `provider:${municipality}`, slot);
    const externalId = `PRV-${municipality === 'Stockholm' ? 'STH' : 'AAR'}-${String(index).padStart(4, '0')}`;
    providers.push({
      id: demoIds.provider(externalId),
      externalId,
      name,
      kind,
      districtId,
      phone: numbers.number(municipality, 'landline', slot),
      streetAddress: `${random.pick(streetNames[municipality])} ${between(random, 1, 80)}`,
    });
  };
  districts.forEach((district, districtIndex) => {
    const { municipality } = district;
    const random = rowRandom(seed, 'provider-names', districtIndex);
    const place = () => {
      for (;;) {
        const candidate = `${random.pick(namePrefixes[municipality])}${random.pick(nameSuffixes[municipality])}`;
        if (!usedPlaces.has(`${municipality}:${candidate}`)) {
          usedPlaces.add(`${municipality}:${candidate}`);
          return candidate.charAt(0).toUpperCase() + candidate.slice(1);
        }
      }
    };
    const form = forms[municipality];
    const base = districtIndex * 10;
    add(municipality, 'home_care', form.municipal(district.name), district.id, base + 1);
    for (let n = 0; n < PRIVATE_HOME_CARE_PER_DISTRICT; n += 1) add(municipality, 'home_care', form.private(place()), district.id, base + 2 + n);
    for (let n = 0; n < CARE_HOMES_PER_DISTRICT; n += 1) add(municipality, 'care_home', form.careHome(place()), district.id, base + 5 + n);
    add(municipality, 'day_activity', form.dayActivity(place()), district.id, base + 8);
  });
  for (const municipality of ['Stockholm', 'Aarhus'] as const) add(municipality, 'other', forms[municipality].meals, null, 9000);
  return providers;
}
