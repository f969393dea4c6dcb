/** The shape of generated demo data: plain rows, one list per table, ready to insert. */
import type { Municipality } from './districts.js';
import type { LineKind } from './fictional-numbers.js';
import { stableId } from './stable-id.js';

export interface DemoDistrict {
  id: string;
  municipality: Municipality;
  name: string;
}

export interface DemoCareManager {
  id: string;
  districtId: string;
  givenName: string;
  familyName: string;
  phone: string;
}

export interface DemoCitizen {
  id: string;
  externalId: string;
  givenName: string;
  familyName: string;
  districtId: string;
  careManagerId: string | null;
  protectedIdentity: boolean;
}

export interface DemoPhoneNumber {
  e164: string;
  kind: LineKind;
}

export interface DemoCitizenPhone {
  citizenId: string;
  e164: string;
}

export interface DemoData {
  districts: DemoDistrict[];
  careManagers: DemoCareManager[];
  citizens: DemoCitizen[];
  phoneNumbers: DemoPhoneNumber[];
  citizenPhones: DemoCitizenPhone[];
}

/** Ids follow from what a row is, not from the order it was generated in. */
export const demoIds = {
  district: (municipality: Municipality, name: string): string => stableId(`district:${municipality}:${name}`),
  careManager: (key: string): string => stableId(`care-manager:${key}`),
  citizen: (externalId: string): string => stableId(`citizen:${externalId}`),
};
