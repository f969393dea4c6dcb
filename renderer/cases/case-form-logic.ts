/**
 * The quick case form's rules, pure: who should handle a case, whether a contact detail fits its
 * channel, what type-ahead offers, what still stops a save, and the write the form sends.
 */
import type { CaseInformation, Locale, NewCase, Taxonomy } from '../../shared/contract/index.js';

/** Everything the agent fills in, as flat strings and booleans: what a draft keeps. */
export interface CaseFormFields {
  caseType: string;
  caseClass: string;
  districtId: string;
  providerId: string;
  unit: string;
  handlerGroupId: string;
  resolved: boolean;
  feedbackChannel: string;
  feedbackContact: string;
  dueDate: string;
  notes: string;
  citizenId: string;
  callerNumber: string;
  /** An open case of the citizen this call is added to instead of a new case; '' for a new case. */
  attachCaseId: string;
  /** Shown on the form as it was prefilled, kept with the draft; never sent. */
  citizenName: string;
  callerDisplay: string;
  careManagerName: string;
  /** The agent chose the handler themselves: the suggestion no longer replaces it. */
  handlerChosen: boolean;
}

export const emptyFields: CaseFormFields = {
  caseType: '',
  caseClass: '',
  districtId: '',
  providerId: '',
  unit: '',
  handlerGroupId: '',
  resolved: true,
  feedbackChannel: '',
  feedbackContact: '',
  dueDate: '',
  notes: '',
  citizenId: '',
  callerNumber: '',
  attachCaseId: '',
  citizenName: '',
  callerDisplay: '',
  careManagerName: '',
  handlerChosen: false,
};

/**
 * Who should take the case: a complaint about a provider goes to that provider's manager, a new
 * application to the district's care-manager group, everything else to the agent's own contact-centre
 * group (their team's; both cities' centres share one register, so not just any centre's group).
 */
export function suggestHandlerGroup(
  fields: Pick<CaseFormFields, 'caseClass' | 'districtId' | 'providerId'>,
  { handlerGroups: groups, teamGroupId }: Pick<Taxonomy, 'handlerGroups' | 'teamGroupId'>,
): string | undefined {
  if (fields.caseClass === 'complaint_provider' && fields.providerId) {
    const manager = groups.find((group) => group.kind === 'manager' && group.providerId === fields.providerId);
    if (manager) return manager.id;
  }
  if (fields.caseClass === 'new_application' && fields.districtId) {
    const careManagers = groups.find((group) => group.kind === 'care_manager_group' && group.districtId === fields.districtId);
    if (careManagers) return careManagers.id;
  }
  return teamGroupId ?? undefined;
}

export type ContactProblem = 'contactMissing' | 'phoneInvalid' | 'emailInvalid';

/** Phone and SMS need a number, e-mail an address; a letter goes to the registered address and My pages needs nothing. */
export function contactProblem(channel: string, contact: string): ContactProblem | undefined {
  const text = contact.trim();
  if (channel === 'phone' || channel === 'sms') {
    if (text === '') return 'contactMissing';
    const digits = text.replace(/\D/g, '');
    return /^\+?[0-9 ()-]+$/.test(text) && digits.length >= 7 && digits.length <= 15 ? undefined : 'phoneInvalid';
  }
  if (channel === 'email') {
    if (text === '') return 'contactMissing';
    return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) ? undefined : 'emailInvalid';
  }
  return undefined;
}

export interface FormProblem {
  field: keyof CaseFormFields;
  /** A key in the cases namespace's `problems` section. */
  problem: 'caseTypeMissing' | 'caseClassMissing' | 'channelMissing' | 'dueDateMissing' | 'noteMissing' | ContactProblem;
}

/** What stops a save, in the order of the fields on the form; empty when it may be saved. */
export function formProblems(fields: CaseFormFields): FormProblem[] {
  const problems: FormProblem[] = [];
  if (fields.attachCaseId) {
    if (fields.notes.trim() === '') problems.push({ field: 'notes', problem: 'noteMissing' });
    return problems;
  }
  if (!fields.caseType) problems.push({ field: 'caseType', problem: 'caseTypeMissing' });
  if (!fields.caseClass) problems.push({ field: 'caseClass', problem: 'caseClassMissing' });
  if (!fields.resolved) {
    if (!fields.feedbackChannel) problems.push({ field: 'feedbackChannel', problem: 'channelMissing' });
    const contact = contactProblem(fields.feedbackChannel, fields.feedbackContact);
    if (contact) problems.push({ field: 'feedbackContact', problem: contact });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fields.dueDate)) problems.push({ field: 'dueDate', problem: 'dueDateMissing' });
  }
  return problems;
}

/** The new case as `cases.saveCase` takes it; call formProblems first. */
export function toNewCase(fields: CaseFormFields, clientId: string, callId: string | undefined): NewCase {
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const entries: Partial<NewCase> = {
    districtId: optional(fields.districtId),
    providerId: optional(fields.providerId),
    unit: optional(fields.unit),
    handlerGroupId: optional(fields.handlerGroupId),
    citizenId: optional(fields.citizenId),
    callerNumber: optional(fields.callerNumber),
    callId,
    notes: optional(fields.notes),
    ...(fields.resolved
      ? {}
      : { feedbackChannelCode: optional(fields.feedbackChannel), feedbackContact: optional(fields.feedbackContact), dueDate: optional(fields.dueDate) }),
  };
  const defined = Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
  return { clientId, caseTypeCode: fields.caseType, caseClassCode: fields.caseClass, resolvedAtFirstContact: fields.resolved, ...defined };
}

/** This call's words added to an open case, as `cases.addCaseInformation` takes them. */
export function toCaseInformation(fields: CaseFormFields, clientId: string, callId: string | undefined): CaseInformation {
  return { clientId, caseId: fields.attachCaseId, note: fields.notes.trim(), ...(callId === undefined ? {} : { callId }) };
}

type Entry = Taxonomy['caseTypes'][number];

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** Type-ahead: names starting with what was typed first, then names with a word starting so, then any containing it. */
export function matchingEntries(entries: readonly Entry[], typed: string, locale: Locale): Entry[] {
  const query = fold(typed.trim());
  if (query === '') return [...entries];
  const rank = (entry: Entry) => {
    const name = fold(entry.names[locale]);
    if (name.startsWith(query)) return 0;
    if (name.split(/[\s/(),-]+/).some((word) => word.startsWith(query))) return 1;
    return name.includes(query) ? 2 : 3;
  };
  return entries
    .map((entry, index) => ({ entry, index, rank: rank(entry) }))
    .filter((ranked) => ranked.rank < 3)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((ranked) => ranked.entry);
}
