import { describe, expect, it } from 'vitest';
import { callerNumberFromHeaders } from './caller-identity.js';

describe('callerNumberFromHeaders', () => {
  it('prefers the gateway-asserted identity over From', () => {
    expect(callerNumberFromHeaders({ assertedIdentity: '"Anna" <sip:+46701740605@127.0.0.1;user=phone>', fromUser: 'pstn-gateway' })).toBe('+46701740605');
  });
  it('reads past a quoted display name holding a comma, markup or escaped quotes', () => {
    for (const name of ['"Berg, Anna"', '"<img src=x onerror=alert(1)>"', '"a \\"<sip:+4611@evil>\\" b\\\\"']) {
      expect(callerNumberFromHeaders({ assertedIdentity: `${name} <sip:+46701740605@127.0.0.1;user=phone>`, fromUser: 'pstn-gateway' })).toBe('+46701740605');
    }
  });
  it('reads a tel: URI', () => {
    expect(callerNumberFromHeaders({ assertedIdentity: '<tel:+4509000000>', fromUser: undefined })).toBe('+4509000000');
  });
  it('reads a bare URI and takes the first of several identities', () => {
    expect(callerNumberFromHeaders({ assertedIdentity: 'sip:0701740605@gw, <tel:+46701740605>', fromUser: undefined })).toBe('0701740605');
  });
  it('falls back to the From user, percent-decoded', () => {
    expect(callerNumberFromHeaders({ assertedIdentity: undefined, fromUser: '%2B46701740605' })).toBe('+46701740605');
  });
  it('gives null for a call with no From user and no asserted identity (tried: empty, blank)', () => {
    expect(callerNumberFromHeaders({ assertedIdentity: undefined, fromUser: undefined })).toBeNull();
    expect(callerNumberFromHeaders({ assertedIdentity: '<sip:@host>', fromUser: '  ' })).toBeNull();
  });
  it('gives null for an undecodable user part', () => {
    expect(callerNumberFromHeaders({ assertedIdentity: undefined, fromUser: '%E0%A4%A' })).toBeNull();
  });
});
