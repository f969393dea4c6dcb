import { describe, expect, it } from 'vitest';
import { paragraphsOf } from './paragraphs.js';

describe('paragraphsOf', () => {
  it('parts the body at blank lines, keeps single line breaks and markup-looking text as they are', () => {
    expect(paragraphsOf('Första stycket.\nSamma stycke.\n\n  <b>Andra</b> stycket.\r\n\r\n\n')).toEqual(['Första stycket.\nSamma stycke.', '<b>Andra</b> stycket.']);
  });
});
