import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from './utf8-text.js';

const bytes = (text: string, encoding: 'utf8' | 'latin1' = 'utf8') => new Uint8Array(Buffer.from(text, encoding));

describe('decodeUtf8', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeUtf8(bytes('\ufeffnamn;ort\nÅsa;Göteborg\n'))).toEqual({ ok: true, text: 'namn;ort\nÅsa;Göteborg\n' });
  });

  it('refuses Latin-1 and names the first line with a bad byte', () => {
    const latin1 = Buffer.concat([Buffer.from('namn;ort\nAnna;Kista\n'), Buffer.from('Åsa;Göteborg\nÖrjan;Malmö\n', 'latin1')]);
    const decoded = decodeUtf8(new Uint8Array(latin1));
    expect(decoded).toMatchObject({ ok: false, line: 3 });
    expect(decoded.ok || decoded.reason).toMatch(/not valid UTF-8.*Latin-1/);
  });

  it('refuses UTF-16 with advice instead of a line', () => {
    expect(decodeUtf8(new Uint8Array(Buffer.from('\ufeffa;b', 'utf16le')))).toEqual({ ok: false, line: null, reason: 'the file is UTF-16; save it as UTF-8' });
  });

  it('takes plain ASCII as it is', () => {
    expect(decodeUtf8(bytes('a,b\n1,2', 'latin1'))).toEqual({ ok: true, text: 'a,b\n1,2' });
  });
});
