/** Rows of the rest of a citizen's mirrored summary: identity number, relatives, decisions, fees and invoices. */

export interface DemoIdentityNumber {
  citizenId: string;
  personalIdentityNumber: string;
}

export type Relation = 'spouse' | 'partner' | 'child' | 'grandchild' | 'sibling' | 'other_relative' | 'friend' | 'neighbour' | 'guardian';

export interface DemoRelative {
  id: string;
  externalId: string;
  citizenId: string;
  givenName: string;
  familyName: string;
  relation: Relation;
  isNextOfKin: boolean;
}

export interface DemoRelativePhone {
  relativeId: string;
  e164: string;
}

export type DecisionType = 'home_care' | 'housing' | 'day_activity' | 'transport_service' | 'safety_alarm' | 'meals' | 'other';

export interface DemoDecision {
  id: string;
  externalId: string;
  citizenId: string;
  decisionType: DecisionType;
  scope: string;
  hoursPerMonth: number | null;
  validFrom: string;
  validTo: string | null;
  providerId: string | null;
}

export type Currency = 'SEK' | 'DKK';

export interface DemoFeeBasis {
  citizenId: string;
  monthlyFee: number;
  currency: Currency;
  maxFeeApplies: boolean;
  incomeBasisDate: string;
}

export interface DemoInvoice {
  id: string;
  invoiceNumber: string;
  citizenId: string;
  periodStart: string;
  periodEnd: string;
  amount: number;
  currency: Currency;
  dueDate: string;
  ocrReference: string;
  paid: boolean;
  paidOn: string | null;
}

export interface MirrorRows {
  identityNumbers: DemoIdentityNumber[];
  relatives: DemoRelative[];
  relativePhones: DemoRelativePhone[];
  decisions: DemoDecision[];
  feeBases: DemoFeeBasis[];
  invoices: DemoInvoice[];
}
