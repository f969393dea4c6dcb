/**
 * Fixed people in every demo database, whatever the seed: the demo and the tests call from their
 * numbers and know exactly which card must appear.
 */
import type { RegisteredCallerMatch, RegisteredCitizen } from '../caller-lookup.js';
import { demoIds, type DemoCareManager, type DemoCitizen, type DemoCitizenPhone, type DemoPhoneNumber } from './demo-data.js';
import type { DemoRelative, DemoRelativePhone } from './mirror-rows.js';
import { stableId } from './stable-id.js';
import type { Municipality } from './districts.js';
import type { LineKind } from './fictional-numbers.js';

export interface DemoCaller {
  /** The number to call from. */
  readonly e164: string;
  /** What `findCallerByNumber` returns for it. */
  readonly match: RegisteredCallerMatch;
}

interface FixedCareManager {
  key: string;
  municipality: Municipality;
  district: string;
  givenName: string;
  familyName: string;
  phone: string;
}

interface FixedCitizen {
  externalId: string;
  gender: 'female' | 'male';
  municipality: Municipality;
  district: string;
  givenName: string;
  familyName: string;
  careManager: FixedCareManager | null;
  protectedIdentity: boolean;
  line: { e164: string; kind: LineKind };
}

const karinHolm: FixedCareManager = {
  key: 'fixed:karin-holm',
  municipality: 'Stockholm',
  district: 'Bromma',
  givenName: 'Karin',
  familyName: 'Holm',
  phone: '+46846500401',
};
const larsWikstrom: FixedCareManager = {
  key: 'fixed:lars-wikstrom',
  municipality: 'Stockholm',
  district: 'Enskede-Årsta',
  givenName: 'Lars',
  familyName: 'Wikström',
  phone: '+46846500402',
};
const metteKjaer: FixedCareManager = {
  key: 'fixed:mette-kjaer',
  municipality: 'Aarhus',
  district: 'Viby',
  givenName: 'Mette',
  familyName: 'Kjær',
  phone: '+4509000001',
};

const fixedCareManagers = [karinHolm, larsWikstrom, metteKjaer];

const margareta: FixedCitizen = {
  externalId: 'STH-000001',
  gender: 'female',
  municipality: 'Stockholm',
  district: 'Bromma',
  givenName: 'Margareta',
  familyName: 'Lindqvist',
  careManager: karinHolm,
  protectedIdentity: false,
  line: { e164: '+46701740605', kind: 'mobile' },
};
const coupleLine = { e164: '+46846500400', kind: 'landline' } as const;
const gunnar: FixedCitizen = {
  externalId: 'STH-000002',
  gender: 'male',
  municipality: 'Stockholm',
  district: 'Enskede-Årsta',
  givenName: 'Gunnar',
  familyName: 'Berg',
  careManager: larsWikstrom,
  protectedIdentity: false,
  line: coupleLine,
};
const ingrid: FixedCitizen = { ...gunnar, externalId: 'STH-000003', gender: 'female', givenName: 'Ingrid' };
const shielded: FixedCitizen = {
  externalId: 'STH-000004',
  gender: 'female',
  municipality: 'Stockholm',
  district: 'Katarina-Sofia',
  givenName: 'Astrid',
  familyName: 'Sjöberg',
  careManager: null,
  protectedIdentity: true,
  line: { e164: '+46701740606', kind: 'mobile' },
};
const kirsten: FixedCitizen = {
  externalId: 'AAR-000001',
  gender: 'female',
  municipality: 'Aarhus',
  district: 'Viby',
  givenName: 'Kirsten',
  familyName: 'Nielsen',
  careManager: metteKjaer,
  protectedIdentity: false,
  line: { e164: '+4509000000', kind: 'landline' },
};

const fixedCitizens = [margareta, gunnar, ingrid, shielded, kirsten];

/** Gunnar and Ingrid's daughter: her mobile finds both parents, through her. */
const eva = { givenName: 'Eva', familyName: 'Berg', e164: '+46701740607', parents: [gunnar, ingrid] } as const;
const viaEva = { name: `${eva.givenName} ${eva.familyName}`, relation: 'child', nextOfKin: false } as const;

/** Margareta's newest invoice is always unpaid: the demo's invoice question needs one. */
export const unpaidInvoiceCitizenId = demoIds.citizen(margareta.externalId);

/** A PTS fiction number that the generator never hands out. */
const nobodysNumber = '+46701740699';

function card(citizen: FixedCitizen): RegisteredCitizen {
  const manager = citizen.careManager;
  return {
    citizenId: demoIds.citizen(citizen.externalId),
    name: `${citizen.givenName} ${citizen.familyName}`,
    district: citizen.district,
    careManager: manager === null ? null : { name: `${manager.givenName} ${manager.familyName}`, phone: manager.phone },
  };
}

export const demoCallers = {
  /** Margareta Lindqvist, Bromma, care manager Karin Holm; calls from her mobile. */
  knownCitizen: { e164: margareta.line.e164, match: { kind: 'citizens', citizens: [card(margareta)] } },
  /** Gunnar and Ingrid Berg share one landline: the card lists both. */
  couple: { e164: coupleLine.e164, match: { kind: 'citizens', citizens: [card(gunnar), card(ingrid)] } },
  /** A citizen with protected identity: only the marker may show. */
  protectedIdentity: { e164: shielded.line.e164, match: { kind: 'protected' } },
  /** Eva Berg calls about both her parents, Gunnar and Ingrid: the desk asks which one first. */
  relativeOfParents: { e164: eva.e164, match: { kind: 'citizens', citizens: eva.parents.map((parent) => ({ ...card(parent), viaRelative: viaEva })) } },
  /** Kirsten Nielsen in Aarhus (Viby), for the Danish desk. */
  aarhusCitizen: { e164: kirsten.line.e164, match: { kind: 'citizens', citizens: [card(kirsten)] } },
  /** A valid Swedish number that belongs to no one. */
  nobody: { e164: nobodysNumber, match: { kind: 'unknown' } },
} satisfies Record<string, DemoCaller>;

/** Every number the fixed people use (and the one nobody uses), kept out of the generator's hands. */
export const fixedNumbers: ReadonlySet<string> = new Set([
  ...fixedCitizens.map((citizen) => citizen.line.e164),
  ...fixedCareManagers.map((manager) => manager.phone),
  eva.e164,
  nobodysNumber,
]);

/** What the fixed people are; the generator adds the rest (address, relatives, decisions, …). */
export interface FixedDemoRows {
  careManagers: (Pick<DemoCareManager, 'id' | 'districtId' | 'givenName' | 'familyName' | 'phone'> & { key: string })[];
  citizens: (Pick<
    DemoCitizen,
    'id' | 'externalId' | 'givenName' | 'familyName' | 'districtId' | 'careManagerId' | 'protectedIdentity'
  > & { gender: 'female' | 'male' })[];
  phoneNumbers: DemoPhoneNumber[];
  citizenPhones: DemoCitizenPhone[];
  relatives: DemoRelative[];
  relativePhones: DemoRelativePhone[];
}

/** The fixed people as rows; they come first in every demo database. */
export function fixedDemoRows(): FixedDemoRows {
  const lines = new Map(fixedCitizens.map((citizen) => [citizen.line.e164, citizen.line.kind]));
  return {
    careManagers: fixedCareManagers.map((manager) => ({
      key: manager.key,
      id: demoIds.careManager(manager.key),
      districtId: demoIds.district(manager.municipality, manager.district),
      givenName: manager.givenName,
      familyName: manager.familyName,
      phone: manager.phone,
    })),
    citizens: fixedCitizens.map((citizen) => ({
      id: demoIds.citizen(citizen.externalId),
      externalId: citizen.externalId,
      givenName: citizen.givenName,
      familyName: citizen.familyName,
      districtId: demoIds.district(citizen.municipality, citizen.district),
      careManagerId: citizen.careManager === null ? null : demoIds.careManager(citizen.careManager.key),
      protectedIdentity: citizen.protectedIdentity,
      gender: citizen.gender,
    })),
    phoneNumbers: [...[...lines].map(([e164, kind]) => ({ e164, kind })), { e164: eva.e164, kind: 'mobile' }],
    citizenPhones: fixedCitizens.map((citizen) => ({ citizenId: demoIds.citizen(citizen.externalId), e164: citizen.line.e164 })),
    relatives: eva.parents.map((parent) => ({
      id: stableId(`relative:${parent.externalId}-EVA`),
      externalId: `${parent.externalId}-EVA`,
      citizenId: demoIds.citizen(parent.externalId),
      givenName: eva.givenName,
      familyName: eva.familyName,
      relation: 'child',
      isNextOfKin: false,
    })),
    relativePhones: eva.parents.map((parent) => ({ relativeId: stableId(`relative:${parent.externalId}-EVA`), e164: eva.e164 })),
  };
}
