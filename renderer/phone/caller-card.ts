/**
 * Turns a call and its screen-pop into exactly what the caller card may show. Fields are copied
 * one by one, so what the contract adds later does not reach the screen by accident, and a
 * protected identity yields nothing but its marker: not even the number.
 */
import type { Call, CallerIdentified } from '../../shared/contract/index.js';

export interface CitizenView {
  citizenId: string;
  name: string;
  district: string;
  careManager: { name: string; phone: string | null } | null;
  viaRelative: { name: string; relation: string; nextOfKin: boolean } | null;
}

export type CallerCardView =
  /** The screen-pop has not arrived (yet): only the number is known. */
  | { kind: 'identifying'; number: string }
  | { kind: 'citizens'; number: string; citizens: CitizenView[] }
  | { kind: 'protected' }
  | { kind: 'unknown'; number: string }
  | { kind: 'lookupFailed'; number: string };

export function callerCardFor(call: Pick<Call, 'caller'>, identified: CallerIdentified | undefined): CallerCardView {
  if (!identified) return { kind: 'identifying', number: call.caller.display };
  const { match } = identified;
  const number = identified.caller.display;
  switch (match.kind) {
    case 'protected':
      return { kind: 'protected' };
    case 'unknown':
      return { kind: 'unknown', number };
    case 'lookupFailed':
      return { kind: 'lookupFailed', number };
    case 'citizens':
      return {
        kind: 'citizens',
        number,
        citizens: match.citizens.map((citizen) => ({
          citizenId: citizen.citizenId,
          name: citizen.name,
          district: citizen.district,
          careManager: citizen.careManager && { name: citizen.careManager.name, phone: citizen.careManager.phone?.display ?? null },
          viaRelative: citizen.viaRelative
            ? { name: citizen.viaRelative.name, relation: citizen.viaRelative.relation, nextOfKin: citizen.viaRelative.nextOfKin }
            : null,
        })),
      };
  }
}
