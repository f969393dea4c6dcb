/** The card shows the narrow summary, and never anything about a protected identity. */
import { describe, expect, it } from 'vitest';
import { callerCardFor } from './caller-card.js';
import { aCall, aCitizen, anIdentification, fictionalNumber } from './test-fixtures.js';

const call = aCall('call-1', 'ringing');

describe('caller card', () => {
  it('yields nothing but the marker for a protected identity, not even the number', () => {
    const card = callerCardFor(call, anIdentification('call-1', { kind: 'protected' }));
    expect(card).toEqual({ kind: 'protected' });
    const text = JSON.stringify(card);
    for (const personal of [fictionalNumber.display, fictionalNumber.e164, 'Astrid', 'Farsta']) {
      expect(text).not.toContain(personal);
    }
  });

  it('shows name, district and care manager for each citizen found', () => {
    const card = callerCardFor(call, anIdentification('call-1'));
    expect(card).toEqual({
      kind: 'citizens',
      number: '070-174 06 05',
      citizens: [
        {
          citizenId: 'c-1',
          name: 'Astrid Testsson',
          district: 'Farsta',
          careManager: { name: 'Berit Exempelsdotter', phone: '070-174 06 10' },
          viaRelative: null,
        },
      ],
    });
  });

  it('says whose number it is when a relative calls about a citizen', () => {
    const viaRelative = { name: 'Olle Testsson', relation: 'child' as const, nextOfKin: true };
    const card = callerCardFor(aCall('c', 'ringing'), anIdentification('c', { kind: 'citizens', citizens: [{ ...aCitizen, viaRelative }] }));
    expect(card.kind === 'citizens' && card.citizens[0]?.viaRelative).toEqual(viaRelative);
  });

  it('copies only the fields of the summary, whatever else a citizen record carries', () => {
    const citizen = { ...aCitizen, personalNumber: '19121212-1212' };
    const card = callerCardFor(call, anIdentification('call-1', { kind: 'citizens', citizens: [citizen] }));
    expect(JSON.stringify(card)).not.toContain('1212');
  });

  it('shows the number for an unknown caller and for a failed look-up', () => {
    expect(callerCardFor(call, anIdentification('call-1', { kind: 'unknown' }))).toEqual({
      kind: 'unknown',
      number: '070-174 06 05',
    });
    expect(callerCardFor(call, anIdentification('call-1', { kind: 'lookupFailed' }))).toEqual({
      kind: 'lookupFailed',
      number: '070-174 06 05',
    });
  });

  it('shows the number while the screen-pop has not arrived', () => {
    expect(callerCardFor(call, undefined)).toEqual({ kind: 'identifying', number: '070-174 06 05' });
  });
});
