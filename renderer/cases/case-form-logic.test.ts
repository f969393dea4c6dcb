/** The form's pure rules: the handler suggestion, contact checks per channel, what stops a save, type-ahead. */
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../../shared/contract/index.js';
import { contactProblem, emptyFields, formProblems, matchingEntries, suggestHandlerGroup, toNewCase } from './case-form-logic.js';

const district = '00000000-0000-4000-8000-00000000d001';
const provider = '00000000-0000-4000-8000-00000000e001';
const groups: Taxonomy['handlerGroups'] = [
  { id: 'g-centre', name: 'Äldre direkt, nivå 1', kind: 'contact_centre', districtId: null, providerId: null },
  { id: 'g-cm', name: 'Biståndshandläggare Bromma', kind: 'care_manager_group', districtId: district, providerId: null },
  { id: 'g-dm', name: 'Avdelningschef Bromma', kind: 'manager', districtId: district, providerId: null },
  { id: 'g-pm', name: 'Verksamhetschef, Omsorg AB', kind: 'manager', districtId: district, providerId: provider },
  { id: 'g-other-centre', name: 'Sundheds- og Omsorgslinjen', kind: 'contact_centre', districtId: null, providerId: null },
];
const taxonomy = { handlerGroups: groups, teamGroupId: 'g-centre' };

describe('suggestHandlerGroup', () => {
  it("sends a complaint about a provider to that provider's manager", () => {
    expect(suggestHandlerGroup({ caseClass: 'complaint_provider', districtId: district, providerId: provider }, taxonomy)).toBe('g-pm');
  });
  it("sends a new application to the district's care-manager group", () => {
    expect(suggestHandlerGroup({ caseClass: 'new_application', districtId: district, providerId: provider }, taxonomy)).toBe('g-cm');
  });
  it("sends anything else, or a complaint with no provider known, to the agent's own contact-centre group", () => {
    expect(suggestHandlerGroup({ caseClass: 'information_guidance', districtId: district, providerId: provider }, taxonomy)).toBe('g-centre');
    expect(suggestHandlerGroup({ caseClass: 'complaint_provider', districtId: district, providerId: '' }, taxonomy)).toBe('g-centre');
    expect(suggestHandlerGroup({ caseClass: 'complaint_provider', districtId: district, providerId: '' }, { ...taxonomy, teamGroupId: 'g-other-centre' })).toBe('g-other-centre');
  });
  it('suggests nobody rather than another city\'s centre when the agent has no team group', () => {
    expect(suggestHandlerGroup({ caseClass: 'information_guidance', districtId: district, providerId: provider }, { ...taxonomy, teamGroupId: null })).toBeUndefined();
  });
});

describe('contactProblem', () => {
  it('wants a number for phone and SMS, an address for e-mail, nothing for a letter or My pages', () => {
    expect(contactProblem('sms', '070-174 06 05')).toBeUndefined();
    expect(contactProblem('sms', '+46701740605')).toBeUndefined();
    expect(contactProblem('sms', 'margareta@example.se')).toBe('phoneInvalid');
    expect(contactProblem('phone', '12 34')).toBe('phoneInvalid');
    expect(contactProblem('phone', ' ')).toBe('contactMissing');
    expect(contactProblem('email', 'margareta@example.se')).toBeUndefined();
    expect(contactProblem('email', '0701740605')).toBe('emailInvalid');
    expect(contactProblem('letter', '')).toBeUndefined();
    expect(contactProblem('my_pages', '')).toBeUndefined();
  });
});

describe('formProblems and toNewCase', () => {
  const resolved = { ...emptyFields, caseType: 'invoice_question', caseClass: 'information_guidance' };

  it('lets a resolved case through with type and class, and sends no feedback fields for it', () => {
    expect(formProblems(resolved)).toEqual([]);
    const written = toNewCase({ ...resolved, feedbackChannel: 'sms', feedbackContact: '0701', citizenId: district }, 'client', 'call-1');
    expect(written).toEqual({ clientId: 'client', caseTypeCode: 'invoice_question', caseClassCode: 'information_guidance', resolvedAtFirstContact: true, citizenId: district, callId: 'call-1' });
  });

  it('asks an unresolved case for a channel, a fitting contact and a due date', () => {
    expect(formProblems({ ...resolved, resolved: false }).map((p) => p.problem)).toEqual(['channelMissing', 'dueDateMissing']);
    expect(formProblems({ ...resolved, resolved: false, feedbackChannel: 'sms', feedbackContact: 'x', dueDate: '2026-04-07' })).toEqual([
      { field: 'feedbackContact', problem: 'phoneInvalid' },
    ]);
    const ready = { ...resolved, resolved: false, feedbackChannel: 'sms', feedbackContact: '0701740605', dueDate: '2026-04-07' };
    expect(formProblems(ready)).toEqual([]);
    expect(toNewCase(ready, 'client', undefined)).toMatchObject({ feedbackChannelCode: 'sms', feedbackContact: '0701740605', dueDate: '2026-04-07', resolvedAtFirstContact: false });
  });

  it('asks only for a note when the call is added to an open case', () => {
    expect(formProblems({ ...emptyFields, attachCaseId: 'case-1' })).toEqual([{ field: 'notes', problem: 'noteMissing' }]);
    expect(formProblems({ ...emptyFields, attachCaseId: 'case-1', notes: 'Ringde igen' })).toEqual([]);
  });
});

describe('matchingEntries', () => {
  const types: Taxonomy['caseTypes'] = [
    { code: 'home_care', names: { sv: 'Hemtjänst', da: 'Hjemmepleje', en: 'Home care' } },
    { code: 'transport_service', names: { sv: 'Färdtjänst', da: 'Kørselsordning', en: 'Transport service' } },
    { code: 'invoice_question', names: { sv: 'Fakturafråga', da: 'Spørgsmål om faktura', en: 'Invoice question' } },
    { code: 'national_transport_service', names: { sv: 'Riksfärdtjänst', da: 'Landsdækkende kørselsordning', en: 'National transport service' } },
  ];
  it('puts names that start with the typed text first, ignores case and accents, and reads the agent\'s language', () => {
    expect(matchingEntries(types, 'fa', 'sv').map((t) => t.code)).toEqual(['transport_service', 'invoice_question', 'national_transport_service']);
    expect(matchingEntries(types, 'fardtj', 'sv').map((t) => t.code)).toEqual(['transport_service', 'national_transport_service']);
    expect(matchingEntries(types, 'faktura', 'da').map((t) => t.code)).toEqual(['invoice_question']);
    expect(matchingEntries(types, '', 'en')).toHaveLength(4);
  });
});
