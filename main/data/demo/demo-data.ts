/**
 * The shape of generated demo data: plain rows, one list per table, ready to insert. Dates are
 * "YYYY-MM-DD", instants ISO 8601 in UTC; columns the database fills itself are left out.
 */
import type { Municipality } from './districts.js';
import type { LineKind } from './fictional-numbers.js';
import type { MirrorRows } from './mirror-rows.js';
import type { ActivityRows } from './activity-rows.js';
import type { OrganisationRows } from './organisation-rows.js';
import { stableId } from './stable-id.js';

export interface DemoDistrict {
  id: string;
  municipality: Municipality;
  name: string;
  externalId: string;
  /** The district's urgent mobile, carried by its care managers in turns. */
  oncallNumber: string;
  oncallDeputyNumber: string;
}

export interface DemoCareManager {
  id: string;
  districtId: string;
  givenName: string;
  familyName: string;
  phone: string;
  externalId: string;
  responsibility: string;
  languages: string[];
}

export interface DemoCitizen {
  id: string;
  externalId: string;
  givenName: string;
  familyName: string;
  districtId: string;
  careManagerId: string | null;
  protectedIdentity: boolean;
  streetAddress: string;
  postalCode: string;
  city: string;
  preferredLanguage: string;
  livesAlone: boolean;
  hearingImpairment: boolean;
  cognitiveImpairment: boolean;
}

export interface DemoPhoneNumber {
  e164: string;
  kind: LineKind;
}

export interface DemoCitizenPhone {
  citizenId: string;
  e164: string;
}

export interface DemoData extends MirrorRows, OrganisationRows, ActivityRows {
  districts: DemoDistrict[];
  careManagers: DemoCareManager[];
  citizens: DemoCitizen[];
  phoneNumbers: DemoPhoneNumber[];
  citizenPhones: DemoCitizenPhone[];
}

/** Part of the data set, as the generator streams it: every row refers only to rows of this or an earlier batch. */
export type DemoBatch = Partial<DemoData>;

/** Ids follow from what a row is, not from the order it was generated in. */
export const demoIds = {
  district: (municipality: Municipality, name: string): string => stableId(`district:${municipality}:${name}`),
  careManager: (key: string): string => stableId(`care-manager:${key}`),
  citizen: (externalId: string): string => stableId(`citizen:${externalId}`),
  provider: (externalId: string): string => stableId(`provider:${externalId}`),
  handlerGroup: (externalId: string): string => stableId(`handler-group:${externalId}`),
  team: (name: string): string => stableId(`team:${name}`),
};
