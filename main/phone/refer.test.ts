import { describe, expect, it } from 'vitest';
import { sipfragStatus } from './refer.js';

describe('sipfragStatus', () => {
  it('reads the status of a message/sipfrag body, provisional or final', () => {
    expect(sipfragStatus('SIP/2.0 100 Trying')).toBe(100);
    expect(sipfragStatus('SIP/2.0 200 OK\r\n')).toBe(200);
    expect(sipfragStatus('  SIP/2.0 486 Busy Here')).toBe(486);
  });

  it('finds none in a body that is not a status line', () => {
    expect(sipfragStatus('')).toBeUndefined();
    expect(sipfragStatus('INVITE sip:1002@127.0.0.1 SIP/2.0')).toBeUndefined();
    expect(sipfragStatus('SIP/2.0 2000 OK')).toBeUndefined();
  });
});
