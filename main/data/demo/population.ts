/**
 * Who is in the register and how each citizen's essentials follow from their index alone: district,
 * care manager, household, protection and phone numbers. Cases and calls use this to pick callers
 * without holding the register in memory; the register generator adds names and the rest.
 *
 * Citizens of a municipality are numbered 0…; 2k and 2k+1 form a couple (one household, one
 * landline) or are two separate people, which the household's own random source decides.
 */
import { demoIds } from './demo-data.js';
import type { Municipality } from './districts.js';
import type { NumberPlan } from './fictional-numbers.js';
import type { Gender } from './identity-numbers.js';
import { rowRandom, type Random } from './prng.js';
import { STAFF_SLOTS, type World } from './world.js';

/** Rough shape of a register of elderly-care recipients; only has to look plausible. */
const STOCKHOLM_SHARE = 0.8;
const COUPLE_SHARE_OF_PAIRS = 0.2;
const PROTECTED_SHARE = 0.01;
const WITHOUT_CARE_MANAGER_SHARE = 0.05;
const LANDLINE_SHARE = 0.6;
const MOBILE_SHARE = 0.6;
const COUPLE_MOBILE_SHARE = 0.4;
/** Most recipients of elderly care are women, who live longer. */
const FEMALE_SHARE = 0.6;
/** Own numbers a citizen's relatives may have (relatives.ts). */
export const RELATIVE_SLOTS_PER_CITIZEN = 3;

export interface CitizenSketch {
  id: string;
  externalId: string;
  municipality: Municipality;
  /** Number within the municipality's generated citizens; fixed people have none. */
  local: number | null;
  /** Where the citizen's relatives' numbers start in the municipality's relative slots. */
  relativeSlot: number;
  districtId: string;
  careManagerId: string | null;
  protectedIdentity: boolean;
  gender: Gender;
  /** The other half of a couple sharing the household's landline. */
  partnerOf: 'first' | 'second' | null;
  landline: string | null;
  mobile: string | null;
  /** The providers the citizen has (or would have) for each kind of service, from their district. */
  homeCareProviderId: string;
  careHomeId: string;
  dayActivityId: string;
}

export class Population {
  readonly total: number;
  private readonly generated: Record<Municipality, number>;
  private readonly fixedCount: Record<Municipality, number>;

  constructor(
    private readonly seed: number,
    total: number,
    private readonly world: World,
    private readonly numbers: NumberPlan,
  ) {
    const fixed = world.fixed.citizens;
    if (total < fixed.length) throw new RangeError(`at least ${fixed.length} citizens are needed for the fixed demo callers`);
    this.total = total;
    const inStockholm = fixed.filter((citizen) => world.district(citizen.districtId).municipality === 'Stockholm').length;
    this.fixedCount = { Stockholm: inStockholm, Aarhus: fixed.length - inStockholm };
    const generated = total - fixed.length;
    const stockholm = Math.round(generated * STOCKHOLM_SHARE);
    this.generated = { Stockholm: stockholm, Aarhus: generated - stockholm };
    for (const municipality of ['Stockholm', 'Aarhus'] as const) {
      const needed = STAFF_SLOTS.landline + this.generated[municipality];
      const relatives = RELATIVE_SLOTS_PER_CITIZEN * (fixed.length + this.generated[municipality]);
      if (needed > numbers.capacity(municipality, 'landline') || needed > numbers.capacity(municipality, 'mobile') || relatives > numbers.capacity(municipality, 'relative')) {
        throw new RangeError(`${total} citizens need more fictional numbers than ${municipality} has`);
      }
    }
  }

  count(municipality: Municipality): number {
    return this.generated[municipality];
  }

  fixedSketches(): CitizenSketch[] {
    const { citizens, citizenPhones, phoneNumbers } = this.world.fixed;
    const kinds = new Map(phoneNumbers.map((line) => [line.e164, line.kind]));
    return citizens.map((citizen, index) => {
      const lines = citizenPhones.filter((phone) => phone.citizenId === citizen.id).map((phone) => phone.e164);
      const sharers = citizenPhones.filter((phone) => lines.includes(phone.e164)).map((phone) => phone.citizenId);
      return {
        id: citizen.id,
        externalId: citizen.externalId,
        municipality: this.world.district(citizen.districtId).municipality,
        local: null,
        relativeSlot: RELATIVE_SLOTS_PER_CITIZEN * index,
        districtId: citizen.districtId,
        careManagerId: citizen.careManagerId,
        protectedIdentity: citizen.protectedIdentity,
        gender: citizen.gender,
        partnerOf: sharers.length > 1 ? (sharers[0] === citizen.id ? 'first' : 'second') : null,
        landline: lines.find((line) => kinds.get(line) === 'landline') ?? null,
        mobile: lines.find((line) => kinds.get(line) === 'mobile') ?? null,
        ...this.pickProviders(rowRandom(this.seed, 'fixed-household', index), citizen.districtId),
      };
    });
  }

  /** The `local`-th generated citizen of `municipality`. */
  sketch(municipality: Municipality, local: number): CitizenSketch {
    const count = this.generated[municipality];
    if (local < 0 || local >= count) throw new RangeError(`${municipality} has no citizen ${local}`);
    const serial = this.fixedCount[municipality] + local + 1;
    const externalId = `${municipality === 'Stockholm' ? 'STH' : 'AAR'}-${String(serial).padStart(6, '0')}`;
    const own = rowRandom(this.seed, `citizen:${municipality}`, local);
    const first = local - (local % 2);
    const couple = first + 1 < count && rowRandom(this.seed, `household:${municipality}`, first / 2).chance(COUPLE_SHARE_OF_PAIRS);
    // A couple's household is drawn from the household's own source, so both partners get the
    // same draws; its first draw (couple or not) was taken above.
    const household = couple ? rowRandom(this.seed, `household:${municipality}`, first / 2) : own;
    if (couple) household.next();
    const district = household.pick(this.world.districtsOf(municipality));
    const careManager = this.pickCareManager(household, district.id);
    const protectedIdentity = household.chance(PROTECTED_SHARE);
    const firstGender: Gender = household.chance(FEMALE_SHARE) ? 'female' : 'male';
    const providers = this.pickProviders(household, district.id);
    const partnerOf = couple ? (local === first ? 'first' : 'second') : null;
    const gender: Gender = partnerOf === 'second' ? (firstGender === 'female' ? 'male' : 'female') : firstGender;
    const landlineSlot = STAFF_SLOTS.landline + first;
    const mobile = () => this.numbers.number(municipality, 'mobile', STAFF_SLOTS.mobile + local);
    let landline: string | null = null;
    let ownMobile: string | null = null;
    if (couple) {
      landline = this.numbers.number(municipality, 'landline', landlineSlot);
      if (own.chance(COUPLE_MOBILE_SHARE)) ownMobile = mobile();
    } else {
      if (own.chance(LANDLINE_SHARE)) landline = this.numbers.number(municipality, 'landline', STAFF_SLOTS.landline + local);
      if (landline === null || own.chance(MOBILE_SHARE)) ownMobile = mobile();
    }
    return {
      id: demoIds.citizen(externalId),
      externalId,
      municipality,
      local,
      relativeSlot: RELATIVE_SLOTS_PER_CITIZEN * (this.fixedCount.Stockholm + this.fixedCount.Aarhus + local),
      districtId: district.id,
      careManagerId: careManager,
      protectedIdentity,
      gender,
      partnerOf,
      landline,
      mobile: ownMobile,
      ...providers,
    };
  }

  /** Any citizen of `municipality`, fixed ones included, drawn uniformly: for callers and cases. */
  pick(random: Random, municipality: Municipality, fixed: readonly CitizenSketch[]): CitizenSketch {
    const own = fixed.filter((sketch) => sketch.municipality === municipality);
    const index = random.below(own.length + this.generated[municipality]);
    return index < own.length ? (own[index] as CitizenSketch) : this.sketch(municipality, index - own.length);
  }

  /** The municipality's own home care (first in the district's list) is chosen by about four in ten. */
  private pickProviders(random: Random, districtId: string): Pick<CitizenSketch, 'homeCareProviderId' | 'careHomeId' | 'dayActivityId'> {
    const homeCare = this.world.providersOf(districtId, 'home_care');
    return {
      homeCareProviderId: (random.chance(0.4) ? homeCare[0] : random.pick(homeCare))?.id ?? '',
      careHomeId: random.pick(this.world.providersOf(districtId, 'care_home')).id,
      dayActivityId: random.pick(this.world.providersOf(districtId, 'day_activity')).id,
    };
  }

  private pickCareManager(random: Random, districtId: string): string | null {
    if (random.chance(WITHOUT_CARE_MANAGER_SHARE)) return null;
    return random.pick(this.world.careManagersOf(districtId)).id;
  }
}
