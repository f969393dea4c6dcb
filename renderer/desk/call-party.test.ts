/** The call list names each party the way the card would, and never a protected caller. */
import { describe, expect, it } from 'vitest';
import { createDeskI18n } from '../i18n/i18n.js';
import { aCall, anIdentification, fictionalNumber } from '../phone/test-fixtures.js';
import { countsFrom, listedState, partyLabel } from './call-party.js';

describe('call list entries', async () => {
  const t = (await createDeskI18n('en')).getFixedT('en', 'phone');

  it('names the citizen, the number, or only the marker', () => {
    expect(partyLabel(t, aCall('c', 'ringing'), anIdentification('c'))).toBe('Astrid Testsson');
    expect(partyLabel(t, aCall('c', 'ringing'), anIdentification('c', { kind: 'unknown' }))).toBe(fictionalNumber.display);
    const hidden = partyLabel(t, aCall('c', 'active'), anIdentification('c', { kind: 'protected' }));
    expect(hidden).toBe('Protected identity');
    expect(partyLabel(t, aCall('c', 'ringing', { caller: { e164: null, display: '' } }), undefined)).toBe('Number withheld');
    expect(partyLabel(t, aCall('o', 'ringingOut', { direction: 'outbound', caller: { e164: '+46701740650', display: '070-174 06 50' } }), undefined)).toBe('070-174 06 50');
  });

  it('shows a held call as on hold and counts waiting from the offer, talking from the answer', () => {
    expect(listedState(aCall('c', 'active', { held: true }))).toBe('held');
    expect(listedState(aCall('c', 'ringing'))).toBe('ringing');
    expect(countsFrom(aCall('c', 'ringing', { offeredAt: 10 }))).toBe(10);
    expect(countsFrom(aCall('c', 'active', { offeredAt: 10, answeredAt: 20 }))).toBe(20);
  });
});
