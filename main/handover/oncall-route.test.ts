import { describe, expect, it } from 'vitest';
import type { Queryable } from '../data/database.js';
import { findOncallRoute } from './oncall-route.js';

const numbering = { defaultRegion: 'SE', internalPattern: '^[0-9]{3,6}$' };
const answering = (rows: object[]) => ({ query: async () => rows }) as unknown as Queryable;
const query = { callId: 'call-1', citizenId: '0f8c2c1e-4a39-4d3b-9f0e-1c2d3e4f5a6b', agent: '1001' };

describe('findOncallRoute', () => {
  it('calls the on-call number first, then the deputy, labelled with the district', async () => {
    const route = await findOncallRoute(answering([{ district: 'Bromma', oncall_number: '+46701740680', deputy_number: '+46701740681' }]), query, numbering);
    expect(route?.targets.map((t) => [t.attempt, t.label, t.number.target, t.number.display])).toEqual([
      ['oncall', 'Bromma on-call', '+46701740680', '070-174 06 80'],
      ['deputy', 'Bromma on-call deputy', '+46701740681', '070-174 06 81'],
    ]);
  });

  it('calls a number once when the shift carries the deputy mobile, and nobody when there is none', async () => {
    const same = await findOncallRoute(answering([{ district: 'Farsta', oncall_number: '+46701740681', deputy_number: '+46701740681' }]), query, numbering);
    expect(same?.targets.map((t) => t.attempt)).toEqual(['oncall']);
    const none = await findOncallRoute(answering([{ district: 'Kista', oncall_number: null, deputy_number: null }]), query, numbering);
    expect(none).toEqual({ district: 'Kista', targets: [] });
    expect(await findOncallRoute(answering([]), query, numbering)).toBeUndefined();
  });
});
