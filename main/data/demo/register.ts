/**
 * The citizen register batch by batch: each citizen's card, safety context, address, fictional
 * identity number and lines, with relatives, decisions, fee basis and invoices. Rows of one
 * citizen depend only on the seed and the citizen's index; names and identity numbers are kept
 * unique across the whole register, which is the only state carried from batch to batch.
 */
import { unpaidInvoiceCitizenId } from './demo-callers.js';
import type { DemoBatch, DemoCitizen } from './demo-data.js';
import type { Municipality } from './districts.js';
import { generateCare } from './care-decisions.js';
import type { NumberPlan } from './fictional-numbers.js';
import { fictionalIdentityNumber, type BirthDate } from './identity-numbers.js';
import type { NameBook, PersonName } from './name-book.js';
import { districtPlaces, streetNames } from './places.js';
import type { CitizenSketch, Population } from './population.js';
import { between, rowRandom, weighted, type Random } from './prng.js';
import { generateRelatives } from './relatives.js';
import type { World } from './world.js';

/** Birth years are fixed, not counted back from today, so a register never ages between runs. */
const REFERENCE_YEAR = 2026;
const ages: readonly (readonly [readonly [number, number], number])[] = [[[65, 74], 10], [[75, 84], 35], [[85, 94], 45], [[95, 103], 10]];

const languages: Readonly<Record<Municipality, readonly (readonly [string, number])[]>> = {
  Stockholm: [['sv', 88], ['fi', 4], ['ar', 2], ['fa', 1.5], ['es', 1], ['bs', 1], ['pl', 1], ['so', 1], ['en', 0.5]],
  Aarhus: [['da', 90], ['ar', 3], ['tr', 3], ['so', 1.5], ['de', 1.5], ['en', 1]],
};

function emptyBatch(): Required<Pick<DemoBatch, 'phoneNumbers' | 'citizens' | 'citizenPhones' | 'identityNumbers' | 'relatives' | 'relativePhones' | 'decisions' | 'feeBases' | 'invoices'>> {
  return { phoneNumbers: [], citizens: [], citizenPhones: [], identityNumbers: [], relatives: [], relativePhones: [], decisions: [], feeBases: [], invoices: [] };
}

export class Register {
  private readonly identityNumbers = new Set<string>();
  private partnerFamily = '';

  constructor(
    private readonly seed: number,
    private readonly today: number,
    private readonly world: World,
    private readonly population: Population,
    private readonly names: NameBook,
    private readonly numbers: NumberPlan,
  ) {}

  /** The fixed demo people, with their given names, districts and lines. */
  fixedBatch(): DemoBatch {
    const batch = emptyBatch();
    const fixed = this.world.fixed;
    batch.phoneNumbers.push(...fixed.phoneNumbers);
    this.population.fixedSketches().forEach((sketch, index) => {
      const person = fixed.citizens[index];
      if (!person) return;
      this.addCitizen(batch, sketch, person, index + 1, 'fixed', index);
    });
    batch.citizenPhones.push(...fixed.citizenPhones);
    batch.relatives.push(...fixed.relatives);
    batch.relativePhones.push(...fixed.relativePhones);
    const unpaid = batch.invoices.filter((invoice) => invoice.citizenId === unpaidInvoiceCitizenId).at(-1);
    if (unpaid) Object.assign(unpaid, { paid: false, paidOn: null });
    return batch;
  }

  /** Generated citizens `from` … `to - 1` of `municipality`; keep `from` even so couples stay together. */
  batch(municipality: Municipality, from: number, to: number): DemoBatch {
    const batch = emptyBatch();
    for (let local = from; local < to; local += 1) {
      const sketch = this.population.sketch(municipality, local);
      const nameRandom = rowRandom(this.seed, `name:${municipality}`, local);
      const name = this.names.unique(municipality, sketch.gender, nameRandom, sketch.partnerOf === 'second' ? this.partnerFamily : undefined);
      if (sketch.partnerOf === 'first') this.partnerFamily = name.familyName;
      const serial = Number(sketch.externalId.slice(4));
      this.addCitizen(batch, sketch, name, serial, municipality, local);
      for (const line of [sketch.partnerOf === 'second' ? null : sketch.landline, sketch.mobile]) {
        if (line === null) continue;
        batch.phoneNumbers.push({ e164: line, kind: line === sketch.landline ? 'landline' : 'mobile' });
      }
      if (sketch.landline !== null) batch.citizenPhones.push({ citizenId: sketch.id, e164: sketch.landline });
      if (sketch.mobile !== null) batch.citizenPhones.push({ citizenId: sketch.id, e164: sketch.mobile });
    }
    return batch;
  }

  /** `stream` and `index` name the citizen's own random sources ("fixed" for the fixed people). */
  private addCitizen(batch: ReturnType<typeof emptyBatch>, sketch: CitizenSketch, name: PersonName, serial: number, stream: string, index: number): void {
    const { municipality } = sketch;
    const random = rowRandom(this.seed, `citizen-details:${stream}`, index);
    const district = this.world.district(sketch.districtId);
    // A couple's home is drawn from the household's source, so both partners get the same address.
    const home = sketch.partnerOf === null ? random : rowRandom(this.seed, `home:${stream}`, Math.floor((sketch.local ?? 0) / 2));
    const place = districtPlaces[`${municipality}:${district.name}`];
    const prefix = place ? home.pick(place.postalPrefixes) : '000';
    const citizen: DemoCitizen = {
      id: sketch.id,
      externalId: sketch.externalId,
      givenName: name.givenName,
      familyName: name.familyName,
      districtId: sketch.districtId,
      careManagerId: sketch.careManagerId,
      protectedIdentity: sketch.protectedIdentity,
      streetAddress: `${home.pick(streetNames[municipality])} ${between(home, 1, 120)}`,
      postalCode: municipality === 'Stockholm' ? `${prefix} ${String(between(home, 10, 99))}` : prefix,
      city: place?.city ?? '',
      // The fixed people are the demo's showcase callers: they speak the desk's language.
      preferredLanguage: stream === 'fixed' ? (languages[municipality][0]?.[0] ?? 'sv') : weighted(random, languages[municipality]),
      livesAlone: sketch.partnerOf === null && random.chance(0.75),
      hearingImpairment: random.chance(0.22),
      cognitiveImpairment: random.chance(0.15),
    };
    batch.citizens.push(citizen);
    batch.identityNumbers.push({ citizenId: sketch.id, personalIdentityNumber: this.identityNumber(municipality, sketch, random) });
    const relatives = generateRelatives(
      { citizen: sketch, familyName: name.familyName, livesAlone: citizen.livesAlone, cognitiveImpairment: citizen.cognitiveImpairment },
      rowRandom(this.seed, `relatives:${stream}`, index),
      this.numbers,
    );
    batch.phoneNumbers.push(...relatives.phoneNumbers);
    batch.relatives.push(...relatives.relatives);
    batch.relativePhones.push(...relatives.relativePhones);
    const care = generateCare(sketch, serial, this.today, rowRandom(this.seed, `care:${stream}`, index), this.world);
    batch.decisions.push(...care.decisions);
    batch.feeBases.push(care.feeBasis);
    batch.invoices.push(...care.invoices);
  }

  private identityNumber(municipality: Municipality, sketch: CitizenSketch, random: Random): string {
    const [minAge, maxAge] = weighted(random, ages);
    const year = REFERENCE_YEAR - between(random, minAge, maxAge);
    const month = between(random, 1, 12);
    const birth: BirthDate = { year, month, day: between(random, 1, new Date(Date.UTC(year, month, 0)).getUTCDate()) };
    for (;;) {
      const number = fictionalIdentityNumber(municipality, birth, random, sketch.gender);
      if (!this.identityNumbers.has(number)) {
        this.identityNumbers.add(number);
        return number;
      }
    }
  }
}
