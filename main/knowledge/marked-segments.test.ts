import { describe, expect, it } from 'vitest';
import { ELLIPSIS, FRAGMENT_DELIMITER, MATCH_END, MATCH_START, markedSegments, snippetSegments } from './marked-segments.js';

const mark = (word: string) => `${MATCH_START}${word}${MATCH_END}`;

describe('markedSegments', () => {
  it('splits the marked words out as matches and keeps the text between them', () => {
    expect(markedSegments(`Ange ${mark('fakturan')} och ${mark('OCR')} ${mark('numret')}.`)).toEqual([
      { text: 'Ange ', match: false },
      { text: 'fakturan', match: true },
      { text: ' och ', match: false },
      { text: 'OCR', match: true },
      { text: ' ', match: false },
      { text: 'numret', match: true },
      { text: '.', match: false },
    ]);
  });

  it('keeps markup in the text as text, and drops a stray mark', () => {
    expect(markedSegments(`<img src=x onerror=alert(1)> ${mark('<b>')}${MATCH_START}`)).toEqual([
      { text: '<img src=x onerror=alert(1)> ', match: false },
      { text: '<b>', match: true },
    ]);
  });

  it('gives no segment for an empty text', () => {
    expect(markedSegments('')).toEqual([]);
  });
});

describe('snippetSegments', () => {
  const body = 'Fakturan skickas i mitten av månaden efter och förfaller i slutet av den. Ange alltid OCR-numret vid betalning.';
  const head = body.slice(0, 40);
  const tail = body.slice(-40);

  it('adds no ellipsis to a snippet that is the whole body', () => {
    expect(snippetSegments(`${mark('Fakturan')}${body.slice(8)}`, head, tail).map((s) => s.text).join('')).toBe(body);
  });

  it('takes a passage that ends at the body\'s last word as its end, though the full stop is left out', () => {
    const end = snippetSegments(`Ange alltid OCR-numret vid ${mark('betalning')}`, head, tail);
    expect(end.at(-1)).toEqual({ text: 'betalning', match: true });
  });

  it('puts an ellipsis where the snippet leaves the body out', () => {
    const middle = snippetSegments(`i mitten av ${mark('månaden')}`, head, tail);
    expect(middle.at(0)).toEqual({ text: `${ELLIPSIS} i mitten av `, match: false });
    expect(middle.at(-1)).toEqual({ text: ` ${ELLIPSIS}`, match: false });
    const twoPassages = snippetSegments(`${mark('Fakturan')} skickas${FRAGMENT_DELIMITER}OCR-numret vid ${mark('betalning')}`, head, tail);
    expect(twoPassages.map((s) => s.text).join('')).toBe(`Fakturan skickas${FRAGMENT_DELIMITER}OCR-numret vid betalning`);
    const opening = snippetSegments(`${mark('Fakturan')} skickas i mitten`, head, tail);
    expect(opening.map((s) => s.text).join('')).toBe(`Fakturan skickas i mitten ${ELLIPSIS}`);
  });
});
