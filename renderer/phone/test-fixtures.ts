/**
 * Calls and screen-pops for the renderer's unit tests. Names are invented and numbers come from
 * the range PTS reserves for fiction (070-174 06 05 … 99), so no real person appears.
 */
import type { Call, CallerIdentified, CallerMatch, CallState, CitizenCard } from '../../shared/contract/index.js';

export const fictionalNumber = { e164: '+46701740605', display: '070-174 06 05' };

export function aCall(callId: string, state: CallState, extra: Partial<Call> = {}): Call {
  return { callId, direction: 'inbound', state, caller: fictionalNumber, dialled: '600', offeredAt: 1_000, ...extra };
}

export const aCitizen: CitizenCard = {
  citizenId: 'c-1',
  name: 'Astrid Testsson',
  district: 'Farsta',
  careManager: { name: 'Berit Exempelsdotter', phone: { e164: '+46701740610', display: '070-174 06 10' } },
};

export const citizenMatch: CallerMatch = { kind: 'citizens', citizens: [aCitizen] };

export function anIdentification(callId: string, match: CallerMatch = citizenMatch): CallerIdentified {
  return { callId, caller: fictionalNumber, match };
}
