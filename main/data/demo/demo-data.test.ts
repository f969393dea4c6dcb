import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { demoCallers } from './demo-callers.js';
import { generateDemoData } from './generate-demo-data.js';

/** PTS's numbers for books and films, written out here independently of the generator's table. */
const ptsFiction: readonly [number, number][] = [
  [46_701_740_605, 46_701_740_699], // 070-1740605 … 699
  [46_846_500_400, 46_846_500_499], // 08-46500400 … 499
  [46_313_900_600, 46_313_900_699], // 031-3900600 … 699
  [46_406_280_400, 46_406_280_499], // 040-6280400 … 499
  [46_980_319_200, 46_980_319_299], // 0980-319200 … 299
];
const invalidSeries = /^\+(4678|4509)\d{6}$/;

const isPtsFiction = (e164: string): boolean =>
  /^\+\d{11}$/.test(e164) && ptsFiction.some(([first, last]) => Number(e164.slice(1)) >= first && Number(e164.slice(1)) <= last);

const data = generateDemoData();

describe('generateDemoData', () => {
  it('gives the same register for the same seed, and another for another seed', () => {
    expect(generateDemoData({ seed: 2008 })).toEqual(data);
    const other = generateDemoData({ seed: 7 });
    expect(other.citizens.map((c) => `${c.givenName} ${c.familyName}`)).not.toEqual(
      data.citizens.map((c) => `${c.givenName} ${c.familyName}`),
    );
  });

  it('makes 2,000 citizens by default in all 18 Stockholm districts and 7 Aarhus areas', () => {
    expect(data.citizens).toHaveLength(2000);
    expect(data.districts.filter((d) => d.municipality === 'Stockholm')).toHaveLength(18);
    expect(data.districts.filter((d) => d.municipality === 'Aarhus')).toHaveLength(7);
    const used = new Set(data.citizens.map((c) => c.districtId));
    expect(used.size).toBe(25);
    expect(generateDemoData({ citizens: 50 }).citizens).toHaveLength(50);
    expect(() => generateDemoData({ citizens: 3 })).toThrow(RangeError);
  });

  it('uses only PTS fiction numbers or numbers of a series that reaches no one', () => {
    const all = [...data.phoneNumbers.map((p) => p.e164), ...data.careManagers.map((m) => m.phone)];
    const outside = all.filter((e164) => !isPtsFiction(e164) && !invalidSeries.test(e164));
    expect(outside).toEqual([]);
    // Every PTS number is used before any invalid one, and the invalid ones really are invalid.
    expect(all.filter(isPtsFiction).length).toBe(495 - 1);
    for (const e164 of all.filter((n) => invalidSeries.test(n))) {
      const parsed = parsePhoneNumberFromString(e164);
      expect(parsed?.isValid(), e164).toBe(false);
      // ...yet "possible", so the desk's normalisation keeps it and the look-up can find it.
      expect(parsed?.isPossible(), e164).toBe(true);
      expect(parsed?.number, e164).toBe(e164);
    }
  });

  it('never hands out a number twice, and never the number that belongs to nobody', () => {
    const numbers = [...data.phoneNumbers.map((p) => p.e164), ...data.careManagers.map((m) => m.phone)];
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers).not.toContain(demoCallers.nobody.e164);
  });

  it('has no duplicate citizens: ids, external ids and names within a municipality are unique', () => {
    const municipalityOf = new Map(data.districts.map((d) => [d.id, d.municipality]));
    const names = data.citizens.map((c) => `${municipalityOf.get(c.districtId)}:${c.givenName} ${c.familyName}`);
    expect(new Set(names).size).toBe(data.citizens.length);
    expect(new Set(data.citizens.map((c) => c.id)).size).toBe(data.citizens.length);
    expect(new Set(data.citizens.map((c) => c.externalId)).size).toBe(data.citizens.length);
  });

  it('gives everyone a number, and some couples one shared landline', () => {
    const owners = new Map<string, string[]>();
    for (const { e164, citizenId } of data.citizenPhones) owners.set(e164, [...(owners.get(e164) ?? []), citizenId]);
    const reachable = new Set(data.citizenPhones.map((p) => p.citizenId));
    expect(data.citizens.filter((c) => !reachable.has(c.id))).toEqual([]);
    const kinds = new Map(data.phoneNumbers.map((p) => [p.e164, p.kind]));
    const shared = [...owners].filter(([, ids]) => ids.length > 1);
    expect(shared.length).toBeGreaterThan(50);
    expect(shared.every(([e164, ids]) => ids.length === 2 && kinds.get(e164) === 'landline')).toBe(true);
    expect([...owners.keys()].every((e164) => kinds.has(e164))).toBe(true);
  });

  it('protects some identities, and most citizens have a care manager of their own district', () => {
    const protectedCount = data.citizens.filter((c) => c.protectedIdentity).length;
    expect(protectedCount).toBeGreaterThan(5);
    expect(protectedCount).toBeLessThan(60);
    const districtOf = new Map(data.careManagers.map((m) => [m.id, m.districtId]));
    const managed = data.citizens.filter((c) => c.careManagerId !== null);
    expect(managed.length).toBeGreaterThan(1800);
    expect(managed.every((c) => districtOf.get(c.careManagerId ?? '') === c.districtId)).toBe(true);
  });

  it('contains the fixed demo callers on their numbers', () => {
    const numbersOf = (citizenId: string) => data.citizenPhones.filter((p) => p.citizenId === citizenId).map((p) => p.e164);
    for (const caller of [demoCallers.knownCitizen, demoCallers.couple, demoCallers.aarhusCitizen]) {
      if (caller.match.kind !== 'citizens') throw new Error('fixture is not a citizen match');
      for (const card of caller.match.citizens) {
        expect(data.citizens.find((c) => c.id === card.citizenId)).toBeDefined();
        expect(numbersOf(card.citizenId)).toEqual([caller.e164]);
      }
    }
    const shielded = data.citizenPhones.filter((p) => p.e164 === demoCallers.protectedIdentity.e164);
    expect(shielded).toHaveLength(1);
    expect(data.citizens.find((c) => c.id === shielded[0]?.citizenId)?.protectedIdentity).toBe(true);
  });
});
