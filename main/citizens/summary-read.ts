/**
 * One citizen's mirrored summary for a call, the citizen's last cases, and the care-system link,
 * turned into exactly what the contract lets the card show. The summary is read as part of the
 * caller look-up or search that showed the citizen (migration 10: no second audit row), or else
 * in an audited look-up of its own (migration 7: begin, committed on its own; then read).
 */
import type { CitizenSummary, SummaryOutcome } from '../../shared/contract/citizens.js';
import type { Queryable } from '../data/database.js';
import type { LookupContext } from '../data/caller-lookup.js';
import { sqlStateOf } from '../data/outbox/write-failure.js';
import { normaliseCallerNumber } from '../screenpop/caller-number.js';
import { careSystemUrl } from './care-system-link.js';

/** The JSON of careline_summary_json (both summary reads) for a citizen who is not protected. */
interface SummaryJson {
  kind: 'citizen';
  citizenId: string;
  givenName: string;
  familyName: string;
  personalIdentityNumber: string | null;
  address: CitizenSummary['address'];
  district: CitizenSummary['district'];
  safety: Omit<CitizenSummary['safety'], 'nextOfKin'> & { nextOfKin: { name: string; relation: string; phones: string[] }[] };
  careManager: { name: string; phone: string | null } | null;
  decisions: (Omit<CitizenSummary['decisions'][number], 'hoursPerMonth'> & { hoursPerMonth: number | string | null })[];
  providers: { id: string; name: string; kind: string; phone: string | null }[];
  feeBasis: { monthlyFee: number | string; currency: string; maxFeeApplies: boolean; incomeBasisDate: string } | null;
  invoices: { invoiceNumber: string; amount: number | string; currency: string; dueDate: string; ocrReference: string; paid: boolean; paidOn: string | null }[];
  mirroredAt: string;
}

export interface SummaryContext extends LookupContext {
  /** This agent's caller look-up or search for the call that showed the citizen, if there is one. */
  lookupId?: string;
}

export interface SummaryReadOptions {
  /** The desk's home region: numbers are shown as the agent reads them aloud. */
  region: string;
  /** settings careSystem.urlTemplate; empty for none. */
  urlTemplate: string;
}

const beginSql = `select careline_begin_summary_lookup($1, $2, 'summary', $3) as lookup_id`;
const readSql = `select careline_read_summary_lookup($1, $2) as summary`;
const readInLookupSql = `select careline_read_summary_in_lookup($1, $2, $3) as summary`;
/** What an agent may read of the case register: the last few cases, not their notes. */
const lastContactsSql = `
  select case_number::integer as case_number, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as created_at,
         case_type_code, case_class_code, status
    from cases where citizen_id = $1 order by created_at desc, case_number desc limit 5`;
const externalIdSql = `select careline_citizen_external_id($1, $2, $3) as external_id`;

type SummaryRow = { summary: SummaryJson | { kind: 'protected' } | null };

/** `db` must not be inside a transaction (see findCallerByNumber). Throws when the database fails. */
export async function readCitizenSummary(db: Queryable, citizenId: string, context: SummaryContext, options: SummaryReadOptions): Promise<SummaryOutcome> {
  const json = context.lookupId === undefined ? await readInOwnLookup(db, citizenId, context) : await readInLookup(db, citizenId, context, context.lookupId);
  if (!json) throw new Error('The summary look-up found no citizen with that id.');
  if (json.kind === 'protected') return { kind: 'protected' };
  const contacts = await db.query<{ case_number: number; created_at: string; case_type_code: string; case_class_code: string; status: 'open' | 'closed' | 'forwarded' }>(
    lastContactsSql,
    [citizenId],
  );
  let url: string | null = null;
  if (options.urlTemplate !== '') {
    const [linked] = await db.query<{ external_id: string | null }>(externalIdSql, [context.callId, citizenId, context.agent]);
    url = linked?.external_id ? careSystemUrl(options.urlTemplate, linked.external_id) : null;
  }
  return toSummary(json, options.region, url, contacts);
}

/** A look-up that has expired (read long after the ring, say) is not reopened: the late read is a look-up of its own. */
async function readInLookup(db: Queryable, citizenId: string, context: LookupContext, lookupId: string): Promise<SummaryRow['summary'] | undefined> {
  try {
    const [row] = await db.query<SummaryRow>(readInLookupSql, [lookupId, citizenId, context.agent]);
    return row?.summary;
  } catch (error) {
    if (sqlStateOf(error) !== '55000') throw error;
    return readInOwnLookup(db, citizenId, context);
  }
}

async function readInOwnLookup(db: Queryable, citizenId: string, context: LookupContext): Promise<SummaryRow['summary'] | undefined> {
  const [begun] = await db.query<{ lookup_id: string }>(beginSql, [citizenId, context.callId, context.agent]);
  if (begun === undefined) throw new Error('The summary look-up was not begun: the database returned no look-up id.');
  const [row] = await db.query<SummaryRow>(readSql, [begun.lookup_id, context.agent]);
  return row?.summary;
}

function toSummary(json: SummaryJson, region: string, url: string | null, contacts: { case_number: number; created_at: string; case_type_code: string; case_class_code: string; status: 'open' | 'closed' | 'forwarded' }[]): CitizenSummary {
  const phone = (e164: string | null) => (e164 === null ? null : normaliseCallerNumber(e164, region));
  return {
    kind: 'citizen',
    citizenId: json.citizenId,
    name: `${json.givenName} ${json.familyName}`,
    personalIdentityNumber: json.personalIdentityNumber,
    address: json.address,
    district: { name: json.district.name, municipality: json.district.municipality },
    safety: {
      livesAlone: json.safety.livesAlone,
      hearingImpairment: json.safety.hearingImpairment,
      cognitiveImpairment: json.safety.cognitiveImpairment,
      preferredLanguage: json.safety.preferredLanguage,
      nextOfKin: json.safety.nextOfKin.map((kin) => ({
        name: kin.name,
        relation: kin.relation as CitizenSummary['safety']['nextOfKin'][number]['relation'],
        phones: kin.phones.map((e164) => normaliseCallerNumber(e164, region)),
      })),
    },
    careManager: json.careManager && { name: json.careManager.name, phone: phone(json.careManager.phone) },
    decisions: json.decisions.map((decision) => ({
      type: decision.type,
      scope: decision.scope,
      hoursPerMonth: decision.hoursPerMonth === null ? null : Number(decision.hoursPerMonth),
      validFrom: decision.validFrom,
      validTo: decision.validTo,
    })),
    providers: json.providers.map((provider) => ({
      id: provider.id,
      name: provider.name,
      kind: provider.kind as CitizenSummary['providers'][number]['kind'],
      phone: phone(provider.phone),
    })),
    feeBasis: json.feeBasis && {
      monthlyFee: Number(json.feeBasis.monthlyFee),
      currency: json.feeBasis.currency as 'SEK' | 'DKK',
      maxFeeApplies: json.feeBasis.maxFeeApplies,
      incomeBasisDate: json.feeBasis.incomeBasisDate,
    },
    invoices: json.invoices.map((invoice) => ({
      invoiceNumber: invoice.invoiceNumber,
      amount: Number(invoice.amount),
      currency: invoice.currency as 'SEK' | 'DKK',
      dueDate: invoice.dueDate,
      ocrReference: invoice.ocrReference,
      paid: invoice.paid,
      paidOn: invoice.paidOn,
    })),
    lastContacts: contacts.map((row) => ({
      caseNumber: Number(row.case_number),
      createdAt: row.created_at,
      caseTypeCode: row.case_type_code,
      caseClassCode: row.case_class_code,
      status: row.status,
    })),
    mirroredAt: json.mirroredAt,
    careSystemUrl: url,
  };
}
