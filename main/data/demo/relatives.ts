/**
 * A citizen's relatives as the care system lists them: a spouse who shares the home (and its
 * landline), children and grandchildren, now and then a guardian (god man) or a neighbour, and
 * exactly one next of kin whenever there is anyone. Most have a mobile of their own.
 */
import type { DemoPhoneNumber } from './demo-data.js';
import type { NumberPlan } from './fictional-numbers.js';
import type { Gender } from './identity-numbers.js';
import type { DemoRelative, DemoRelativePhone, Relation } from './mirror-rows.js';
import { youngerName } from './name-book.js';
import { personNames } from './person-names.js';
import { RELATIVE_SLOTS_PER_CITIZEN, type CitizenSketch } from './population.js';
import { weighted, type Random } from './prng.js';
import { stableId } from './stable-id.js';

export interface RelativesOf {
  relatives: DemoRelative[];
  relativePhones: DemoRelativePhone[];
  phoneNumbers: DemoPhoneNumber[];
}

export interface RelativeContext {
  citizen: CitizenSketch;
  familyName: string;
  livesAlone: boolean;
  cognitiveImpairment: boolean;
}

const OWN_MOBILE_SHARE = 0.92;

export function generateRelatives(context: RelativeContext, random: Random, numbers: NumberPlan): RelativesOf {
  const { citizen, familyName } = context;
  const out: RelativesOf = { relatives: [], relativePhones: [], phoneNumbers: [] };
  let slot = 0;
  const add = (relation: Relation, gender: Gender, family: string | undefined, sharedLine: string | null) => {
    const externalId = `${citizen.externalId}-R${out.relatives.length + 1}`;
    const name = relation === 'spouse' || relation === 'partner'
      ? { givenName: random.pick(gender === 'female' ? personNames[citizen.municipality].femaleNames : personNames[citizen.municipality].maleNames), familyName: family ?? familyName }
      : youngerName(citizen.municipality, gender, random, family);
    const relative: DemoRelative = { id: stableId(`relative:${externalId}`), externalId, citizenId: citizen.id, ...name, relation, isNextOfKin: false };
    out.relatives.push(relative);
    if (sharedLine !== null) {
      out.relativePhones.push({ relativeId: relative.id, e164: sharedLine });
    } else if (slot < RELATIVE_SLOTS_PER_CITIZEN && random.chance(OWN_MOBILE_SHARE)) {
      const e164 = numbers.number(citizen.municipality, 'relative', citizen.relativeSlot + slot);
      slot += 1;
      out.phoneNumbers.push({ e164, kind: 'mobile' });
      out.relativePhones.push({ relativeId: relative.id, e164 });
    }
  };
  const other: Gender = citizen.gender === 'female' ? 'male' : 'female';
  if (citizen.partnerOf === null && !context.livesAlone) {
    add(random.chance(0.8) ? 'spouse' : 'partner', other, random.chance(0.8) ? familyName : undefined, citizen.landline);
  }
  const children = weighted(random, [[0, 22], [1, 30], [2, 32], [3, 16]] as const);
  for (let n = 0; n < children; n += 1) add('child', random.chance(0.5) ? 'female' : 'male', random.chance(0.5) ? familyName : undefined, null);
  if (random.chance(0.08)) add('grandchild', random.chance(0.5) ? 'female' : 'male', undefined, null);
  if (context.cognitiveImpairment && random.chance(0.35)) add('guardian', random.chance(0.5) ? 'female' : 'male', undefined, null);
  if (out.relatives.length === 0 && random.chance(0.5)) add(random.chance(0.5) ? 'neighbour' : 'friend', random.chance(0.6) ? 'female' : 'male', undefined, null);
  const nextOfKin = out.relatives.find((r) => r.relation === 'spouse' || r.relation === 'partner') ?? out.relatives.find((r) => r.relation === 'child') ?? out.relatives[0];
  if (nextOfKin) nextOfKin.isNextOfKin = true;
  return out;
}
