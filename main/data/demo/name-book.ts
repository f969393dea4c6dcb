/**
 * Names for demo people. Citizens and care managers never share a full name within a
 * municipality, so a search by name finds one person; relatives and staff may, as in life.
 */
import type { Municipality } from './districts.js';
import type { Gender } from './identity-numbers.js';
import { personNames, youngerGivenNames } from './person-names.js';
import type { Random } from './prng.js';

export interface PersonName {
  givenName: string;
  familyName: string;
}

/** Elderly people often carry two given names, which also keeps full names unique. */
const SECOND_GIVEN_NAME_SHARE = 0.5;
/** Far more than the lists need; reaching it means the lists are too short for the size asked. */
const NAME_ATTEMPTS = 10_000;

export class NameBook {
  private readonly used = new Set<string>();

  /** Names that fixed demo people already carry. */
  reserve(municipality: Municipality, name: PersonName): void {
    this.used.add(`${municipality}:${name.givenName} ${name.familyName}`);
  }

  /** A name no one in `municipality` has yet; `familyName` when a partner's is shared. */
  unique(municipality: Municipality, gender: Gender, random: Random, familyName?: string): PersonName {
    const names = personNames[municipality];
    const givenNames = gender === 'female' ? names.femaleNames : names.maleNames;
    for (let attempt = 0; attempt < NAME_ATTEMPTS; attempt += 1) {
      const first = random.pick(givenNames);
      const second = random.chance(SECOND_GIVEN_NAME_SHARE) ? random.pick(givenNames) : null;
      const givenName = second === null || second === first ? first : `${first} ${second}`;
      const family = familyName ?? random.pick(names.familyNames);
      const key = `${municipality}:${givenName} ${family}`;
      if (!this.used.has(key)) {
        this.used.add(key);
        return { givenName, familyName: family };
      }
    }
    throw new RangeError(`the ${municipality} name lists cannot make enough distinct names`);
  }
}

/** A relative's or staff member's name: the children's generation, not necessarily unique. */
export function youngerName(municipality: Municipality, gender: Gender, random: Random, familyName?: string): PersonName {
  const given = youngerGivenNames[municipality];
  return {
    givenName: random.pick(gender === 'female' ? given.femaleNames : given.maleNames),
    familyName: familyName ?? random.pick(personNames[municipality].familyNames),
  };
}
