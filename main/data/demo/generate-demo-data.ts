/**
 * Generates a fictional citizen register for the demo: the same seed always gives the same
 * people, numbers and care managers. Pure: nothing here touches a database.
 */
import { fixedDemoRows, fixedNumbers } from './demo-callers.js';
import { demoIds, type DemoCareManager, type DemoCitizen, type DemoData, type DemoDistrict } from './demo-data.js';
import { districtNames, municipalities, type Municipality } from './districts.js';
import { NumberAllocator, type LineKind } from './fictional-numbers.js';
import { personNames } from './person-names.js';
import { seededRandom, type Random } from './prng.js';

type Gender = 'female' | 'male';

export interface DemoDataOptions {
  seed?: number;
  /** Citizens in total, the fixed demo callers included. */
  citizens?: number;
}

export const DEFAULT_DEMO_SEED = 2008;
export const DEFAULT_DEMO_CITIZENS = 2000;

/** Rough shape of a register of elderly-care recipients; only has to look plausible. */
const STOCKHOLM_SHARE = 0.8;
const CARE_MANAGERS_PER_DISTRICT = 3;
const COUPLE_SHARE = 0.12;
const PROTECTED_SHARE = 0.01;
const WITHOUT_CARE_MANAGER_SHARE = 0.05;
const LANDLINE_SHARE = 0.6;
const MOBILE_SHARE = 0.6;
const COUPLE_MOBILE_SHARE = 0.4;
const SECOND_GIVEN_NAME_SHARE = 0.5;
/** Most recipients of elderly care are women, who live longer. */
const FEMALE_SHARE = 0.6;
/** Far more than a sane register needs; reaching it means the name lists are too short for the size asked. */
const NAME_ATTEMPTS = 10_000;

export function generateDemoData(options: DemoDataOptions = {}): DemoData {
  const { seed = DEFAULT_DEMO_SEED, citizens: total = DEFAULT_DEMO_CITIZENS } = options;
  const fixed = fixedDemoRows();
  if (total < fixed.citizens.length) {
    throw new RangeError(`at least ${fixed.citizens.length} citizens are needed for the fixed demo callers`);
  }
  const random = seededRandom(seed);
  const data: DemoData = { districts: allDistricts(), ...fixed };
  const register = new Register(data, random);
  register.addCareManagers();
  const generated = total - fixed.citizens.length;
  const inStockholm = Math.round(generated * STOCKHOLM_SHARE);
  register.addCitizens('Stockholm', inStockholm);
  register.addCitizens('Aarhus', generated - inStockholm);
  return data;
}

function allDistricts(): DemoDistrict[] {
  return municipalities.flatMap((municipality) =>
    districtNames[municipality].map((name) => ({ id: demoIds.district(municipality, name), municipality, name })),
  );
}

/** Adds generated people to `data`, never repeating a name within a municipality or a number. */
class Register {
  private readonly numbers = new NumberAllocator(fixedNumbers);
  private readonly usedNames = new Set<string>();
  private readonly serials = new Map<Municipality, number>();

  constructor(
    private readonly data: DemoData,
    private readonly random: Random,
  ) {
    for (const person of [...data.citizens, ...data.careManagers]) {
      const municipality = this.municipalityOf(person.districtId);
      this.usedNames.add(`${municipality}:${person.givenName} ${person.familyName}`);
    }
    for (const citizen of data.citizens) {
      const municipality = this.municipalityOf(citizen.districtId);
      this.serials.set(municipality, (this.serials.get(municipality) ?? 0) + 1);
    }
  }

  addCareManagers(): void {
    for (const district of [...this.data.districts]) {
      for (let index = 1; index <= CARE_MANAGERS_PER_DISTRICT; index += 1) {
        const { givenName, familyName } = this.newName(district.municipality, this.randomGender());
        this.data.careManagers.push({
          id: demoIds.careManager(`${district.municipality}:${district.name}:${index}`),
          districtId: district.id,
          givenName,
          familyName,
          phone: this.numbers.take(district.municipality, 'landline'),
        });
      }
    }
  }

  addCitizens(municipality: Municipality, count: number): void {
    const districts = this.data.districts.filter((district) => district.municipality === municipality);
    let remaining = count;
    while (remaining > 0) {
      const district = this.random.pick(districts);
      const careManager = this.pickCareManager(district.id);
      const protectedIdentity = this.random.chance(PROTECTED_SHARE);
      const couple = remaining >= 2 && this.random.chance(COUPLE_SHARE);
      const gender = this.randomGender();
      const first = this.addCitizen(municipality, district.id, careManager, protectedIdentity, gender);
      remaining -= 1;
      if (couple) {
        // Partners share the household: family name, district, care manager, landline, protection.
        const partnerGender = gender === 'female' ? 'male' : 'female';
        const partner = this.addCitizen(municipality, district.id, careManager, protectedIdentity, partnerGender, first.familyName);
        remaining -= 1;
        this.addLine(municipality, 'landline', [first, partner]);
        for (const person of [first, partner]) {
          if (this.random.chance(COUPLE_MOBILE_SHARE)) this.addLine(municipality, 'mobile', [person]);
        }
      } else {
        const landline = this.random.chance(LANDLINE_SHARE);
        if (landline) this.addLine(municipality, 'landline', [first]);
        if (!landline || this.random.chance(MOBILE_SHARE)) this.addLine(municipality, 'mobile', [first]);
      }
    }
  }

  private addCitizen(
    municipality: Municipality,
    districtId: string,
    careManager: DemoCareManager | null,
    protectedIdentity: boolean,
    gender: Gender,
    familyName?: string,
  ): DemoCitizen {
    const serial = (this.serials.get(municipality) ?? 0) + 1;
    this.serials.set(municipality, serial);
    const externalId = `${municipality === 'Stockholm' ? 'STH' : 'AAR'}-${String(serial).padStart(6, '0')}`;
    const citizen: DemoCitizen = {
      id: demoIds.citizen(externalId),
      externalId,
      ...this.newName(municipality, gender, familyName),
      districtId,
      careManagerId: careManager?.id ?? null,
      protectedIdentity,
    };
    this.data.citizens.push(citizen);
    return citizen;
  }

  private addLine(municipality: Municipality, kind: LineKind, owners: DemoCitizen[]): void {
    const e164 = this.numbers.take(municipality, kind);
    this.data.phoneNumbers.push({ e164, kind });
    for (const owner of owners) this.data.citizenPhones.push({ citizenId: owner.id, e164 });
  }

  private pickCareManager(districtId: string): DemoCareManager | null {
    if (this.random.chance(WITHOUT_CARE_MANAGER_SHARE)) return null;
    return this.random.pick(this.data.careManagers.filter((manager) => manager.districtId === districtId));
  }

  /** Elderly people often carry two given names, which also keeps full names unique. */
  private newName(municipality: Municipality, gender: Gender, familyName?: string): { givenName: string; familyName: string } {
    const names = personNames[municipality];
    const givenNames = gender === 'female' ? names.femaleNames : names.maleNames;
    for (let attempt = 0; attempt < NAME_ATTEMPTS; attempt += 1) {
      const first = this.random.pick(givenNames);
      const second = this.random.chance(SECOND_GIVEN_NAME_SHARE) ? this.random.pick(givenNames) : null;
      const givenName = second === null || second === first ? first : `${first} ${second}`;
      const family = familyName ?? this.random.pick(names.familyNames);
      const key = `${municipality}:${givenName} ${family}`;
      if (!this.usedNames.has(key)) {
        this.usedNames.add(key);
        return { givenName, familyName: family };
      }
    }
    throw new RangeError(`the ${municipality} name lists cannot make enough distinct names`);
  }

  private randomGender(): Gender {
    return this.random.chance(FEMALE_SHARE) ? 'female' : 'male';
  }

  private municipalityOf(districtId: string): Municipality {
    const district = this.data.districts.find((candidate) => candidate.id === districtId);
    if (!district) throw new Error(`demo row refers to an unknown district ${districtId}`);
    return district.municipality;
  }
}
