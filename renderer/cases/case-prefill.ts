/**
 * What the form takes from the call and the caller card: the number, the chosen citizen, their
 * district, provider and care manager. A protected caller yields nothing at all, not even the number.
 */
import type { Call, CallerIdentified, Taxonomy } from '../../shared/contract/index.js';
import type { CallCitizenChoice, SummaryState } from '../caller/caller-summary-store.js';
import type { CaseFormFields } from './case-form-logic.js';

export function prefillFor(
  call: Pick<Call, 'direction' | 'caller'>,
  identified: CallerIdentified | undefined,
  chosen: CallCitizenChoice | undefined,
  summary: SummaryState | undefined,
  taxonomy: Taxonomy | null,
): Partial<CaseFormFields> {
  if (identified?.match.kind === 'protected' || summary?.kind === 'protected') return {};
  const prefill: Partial<CaseFormFields> = {};
  if (call.direction === 'inbound') {
    prefill.callerDisplay = call.caller.display;
    if (call.caller.e164) prefill.callerNumber = call.caller.e164;
  }
  if (chosen?.kind !== 'citizen') return prefill;
  prefill.citizenId = chosen.citizen.citizenId;
  prefill.citizenName = chosen.citizen.name;
  const municipality = summary?.kind === 'citizen' ? summary.district.municipality : undefined;
  const district = taxonomy?.districts.find((d) => d.name === chosen.citizen.district && (municipality === undefined || d.municipality === municipality));
  if (district) prefill.districtId = district.id;
  if (summary?.kind === 'citizen') {
    if (summary.careManager) prefill.careManagerName = summary.careManager.name;
    const provider = summary.providers.find((p) => p.kind === 'home_care') ?? summary.providers[0];
    if (provider && taxonomy?.providers.some((p) => p.id === provider.id)) prefill.providerId = provider.id;
  }
  return prefill;
}
