/** tel: and sip: links from the OS: the numbers they name, and every other link refused with its reason. */
import { describe, expect, it } from 'vitest';
import { linkInArguments, readDialLink } from './dial-link.js';

const own = ['pbx.example.se', '127.0.0.1'];
const read = (uri: string) => readDialLink(uri, own);
const dials = (dial: string) => ({ ok: true, dial });
const refused = (reason: string) => ({ ok: false, reason });

describe('tel: links', () => {
  it('reads global numbers with their visual separators', () => {
    expect(read('tel:+46-70-174-06-05')).toEqual(dials('+46-70-174-06-05'));
    expect(read('TEL:+4570174060')).toEqual(dials('+4570174060'));
    expect(read('tel:%2B46%2070%20174%2006%2005')).toEqual(dials('+46 70 174 06 05'));
    expect(read('tel://+46701740605')).toEqual(dials('+46701740605'));
  });

  it('reads a local number in the country its phone-context names, trunk prefix and all', () => {
    expect(read('tel:08-123 456 78;phone-context=+46')).toEqual(dials('+46812345678'));
    expect(read('tel:070-174 06 05;phone-context=+46')).toEqual(dials('+46701740605'));
    expect(read('tel:33 12 34 56;phone-context=+45')).toEqual(dials('+4533123456'));
    // RFC 3966's own example: the context is the number's leading digits.
    expect(read('tel:863-1234;phone-context=+1-914-555')).toEqual(dials('+19145558631234'));
  });

  it('reads a local number without a context, or in a domain context, the way the agent would type it', () => {
    expect(read('tel:070-174 06 05')).toEqual(dials('070-174 06 05'));
    expect(read('tel:1002;phone-context=pbx.example.se')).toEqual(dials('1002'));
  });

  it('refuses what it cannot dial as written', () => {
    expect(read('tel:+46812345678;ext=204')).toEqual(refused('extension'));
    expect(read('tel:+46812345678;isub=7')).toEqual(refused('extension'));
    expect(read('tel:*100#')).toEqual(refused('notANumber'));
    expect(read('tel:call-me')).toEqual(refused('notANumber'));
    expect(read('tel:')).toEqual(refused('notANumber'));
  });
});

describe('sip: links', () => {
  it('calls a global number whatever server the link names', () => {
    expect(read('sip:+46701740605@carrier.example;user=phone')).toEqual(dials('+46701740605'));
    expect(read('sips:+45 33 12 34 56@pbx.example.dk')).toEqual(dials('+45 33 12 34 56'));
    expect(read('sip:+46701740605;phone-context=+46@pbx.example.se')).toEqual(dials('+46701740605'));
  });

  it('calls an extension or local number only on this desk\'s own phone server', () => {
    expect(read('sip:1002@pbx.example.se')).toEqual(dials('1002'));
    expect(read('sip:1002@PBX.example.se:5060;transport=ws')).toEqual(dials('1002'));
    expect(read('sip:600@127.0.0.1')).toEqual(dials('600'));
    expect(read('sip:1002')).toEqual(dials('1002'));
    expect(read('sip:1002@other.example')).toEqual(refused('otherDomain'));
  });

  it('refuses names and anything that is not a number', () => {
    expect(read('sip:alice@pbx.example.se')).toEqual(refused('notANumber'));
    expect(read('sip:@pbx.example.se')).toEqual(refused('notANumber'));
  });
});

describe('anything else', () => {
  it('refuses other schemes, garbage and oversized links', () => {
    expect(read('mailto:agent@example.se')).toEqual(refused('unsupportedScheme'));
    expect(read('https://example.se/?tel=1')).toEqual(refused('unsupportedScheme'));
    expect(read('callto:+46701740605')).toEqual(refused('unsupportedScheme'));
    expect(read('+46701740605')).toEqual(refused('malformed'));
    expect(read('tel:%E0%A4%A')).toEqual(refused('malformed'));
    expect(read('tel:+4670%0a1740605')).toEqual(refused('malformed'));
    expect(read(`tel:+46${'1'.repeat(400)}`)).toEqual(refused('malformed'));
  });
});

describe('linkInArguments', () => {
  it('finds the link the OS passed among the program\'s own arguments', () => {
    expect(linkInArguments(['/opt/Careline Desk/careline-desk', '--no-sandbox', 'tel:+46701740605'])).toBe('tel:+46701740605');
    expect(linkInArguments(['C:\\Careline Desk.exe', '--allow-file-access', 'SIP:1002@pbx.example.se'])).toBe('SIP:1002@pbx.example.se');
    expect(linkInArguments(['/usr/bin/careline-desk', '/tmp/tel:x', '--telemetry'])).toBeUndefined();
  });
});
