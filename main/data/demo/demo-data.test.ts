import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { demoCallers, unpaidInvoiceCitizenId } from './demo-callers.js';
import { generateDemoData } from './generate-demo-data.js';
import { passesLuhn } from './luhn.js';

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

/** Every number anyone in the data set could be called on or call from. */
const allNumbers = () => [
  ...data.phoneNumbers.map((p) => p.e164),
  ...data.careManagers.map((m) => m.phone),
  ...data.providers.map((p) => p.phone),
  ...data.districts.flatMap((d) => [d.oncallNumber, d.oncallDeputyNumber]),
];

describe('generateDemoData', () => {
  it('gives the same data for the same seed, and another for another seed', () => {
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
    const all = allNumbers();
    const outside = all.filter((e164) => !isPtsFiction(e164) && !invalidSeries.test(e164));
    expect(outside).toEqual([]);
    expect(all.filter(isPtsFiction).length).toBeGreaterThan(150);
    for (const e164 of all.filter((n) => invalidSeries.test(n))) {
      const parsed = parsePhoneNumberFromString(e164);
      expect(parsed?.isValid(), e164).toBe(false);
      // ...yet "possible", so the desk's normalisation keeps it and the look-up can find it.
      expect(parsed?.isPossible(), e164).toBe(true);
      expect(parsed?.number, e164).toBe(e164);
    }
  });

  it('never hands out a number twice, and never the number that belongs to nobody', () => {
    const numbers = allNumbers();
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers).not.toContain(demoCallers.nobody.e164);
    const relativeLines = data.relativePhones.map((p) => p.e164);
    expect(relativeLines).not.toContain(demoCallers.nobody.e164);
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
    // Partners share their home, not only the line.
    const byId = new Map(data.citizens.map((c) => [c.id, c]));
    for (const [, [a = '', b = '']] of shared) {
      expect([byId.get(a)?.streetAddress, byId.get(a)?.familyName, byId.get(a)?.livesAlone]).toEqual([byId.get(b)?.streetAddress, byId.get(b)?.familyName, false]);
    }
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

  it('contains the fixed demo callers on their numbers, and no one else on them', () => {
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
    // Another citizen's relative on a demo caller's number would add a card the demo does not promise
    // (a spouse sharing the caller's own landline adds none: the look-up lists the owner once).
    const callerNumbers = new Set(Object.values(demoCallers).filter((caller) => caller !== demoCallers.relativeOfParents).map((caller) => caller.e164));
    const owners = new Set(data.citizenPhones.map((p) => `${p.e164}:${p.citizenId}`));
    const citizenOf = new Map(data.relatives.map((r) => [r.id, r.citizenId]));
    const strangers = data.relativePhones.filter((p) => callerNumbers.has(p.e164) && !owners.has(`${p.e164}:${citizenOf.get(p.relativeId)}`));
    expect(strangers).toEqual([]);
  });

  it('fills the mirror for every citizen: identity number, address, fee basis and at least one current decision', () => {
    for (const list of [data.identityNumbers, data.feeBases]) expect(new Set(list.map((row) => row.citizenId)).size).toBe(2000);
    expect(new Set(data.decisions.map((d) => d.citizenId)).size).toBe(2000);
    expect(data.citizens.every((c) => c.streetAddress !== '' && c.postalCode !== '' && c.city !== '')).toBe(true);
    const stockholm = new Set(data.districts.filter((d) => d.municipality === 'Stockholm').map((d) => d.id));
    for (const c of data.citizens) expect(c.postalCode, c.externalId).toMatch(stockholm.has(c.districtId) ? /^\d{3} \d{2}$/ : /^\d{4}$/);
    const today = '2026-03-02';
    expect(data.decisions.every((d) => d.validFrom <= today && (d.validTo === null || d.validTo >= today))).toBe(true);
  });

  it('lists relatives with exactly one next of kin each, a spouse sharing the landline of one who does not live alone', () => {
    const byCitizen = new Map<string, typeof data.relatives>();
    for (const r of data.relatives) byCitizen.set(r.citizenId, [...(byCitizen.get(r.citizenId) ?? []), r]);
    expect(byCitizen.size).toBeGreaterThan(1400);
    for (const relatives of byCitizen.values()) expect(relatives.filter((r) => r.isNextOfKin)).toHaveLength(1);
    const spouses = data.relatives.filter((r) => r.relation === 'spouse' || r.relation === 'partner');
    const citizenLines = new Set(data.citizenPhones.map((p) => `${p.citizenId}:${p.e164}`));
    const sharing = spouses.filter((s) => data.relativePhones.some((p) => p.relativeId === s.id && citizenLines.has(`${s.citizenId}:${p.e164}`)));
    expect(sharing.length).toBeGreaterThan(50);
    const livesAlone = new Set(data.citizens.filter((c) => c.livesAlone).map((c) => c.id));
    expect(spouses.filter((s) => livesAlone.has(s.citizenId))).toEqual([]);
  });

  it('bills six months with unique invoice numbers and OCR references that pass the Luhn check, most paid', () => {
    expect(new Set(data.invoices.map((i) => i.invoiceNumber)).size).toBe(data.invoices.length);
    expect(new Set(data.invoices.map((i) => i.ocrReference)).size).toBe(data.invoices.length);
    expect(data.invoices.filter((i) => !passesLuhn(i.ocrReference))).toEqual([]);
    expect(new Set(data.invoices.map((i) => i.periodStart))).toEqual(new Set(['2025-09-01', '2025-10-01', '2025-11-01', '2025-12-01', '2026-01-01', '2026-02-01']));
    const overdue = data.invoices.filter((i) => i.dueDate < '2026-03-02');
    expect(overdue.filter((i) => i.paid).length / overdue.length).toBeGreaterThan(0.9);
    expect(data.invoices.some((i) => !i.paid)).toBe(true);
    // The demo's invoice question: Margareta's newest invoice is always still to pay.
    expect(data.invoices.filter((i) => i.citizenId === unpaidInvoiceCitizenId).at(-1)?.paid).toBe(false);
    expect(data.invoices.every((i) => (i.paidOn === null) === !i.paid && (i.paidOn === null || i.paidOn < '2026-03-02'))).toBe(true);
    const currency = new Map(data.feeBases.map((f) => [f.citizenId, f.currency]));
    expect(data.invoices.every((i) => i.currency === currency.get(i.citizenId) && i.amount > 0)).toBe(true);
  });
});
