import { describe, expect, it } from 'vitest';
import { changed, diffWords } from './text-diff.js';

describe('diffWords', () => {
  it('marks the words taken out and put in, keeping the rest as it was', () => {
    expect(diffWords('Beställ resan per fax.', 'Beställ resan per telefon.')).toEqual([
      { text: 'Beställ resan per ', change: 'same' },
      { text: 'fax.', change: 'removed' },
      { text: 'telefon.', change: 'added' },
    ]);
  });

  it('reads back both texts: the same and removed parts are the old one, the same and added the new one', () => {
    const before = 'Fakturan skickas i mitten av månaden och förfaller i slutet.';
    const after = 'Fakturan skickas den femte och förfaller i slutet av månaden.';
    const parts = diffWords(before, after);
    expect(parts.filter((p) => p.change !== 'added').map((p) => p.text).join('')).toBe(before);
    expect(parts.filter((p) => p.change !== 'removed').map((p) => p.text).join('')).toBe(after);
  });

  it('says when nothing changed', () => {
    expect(changed(diffWords('Samma text', 'Samma text'))).toBe(false);
    expect(changed(diffWords('', 'Ny'))).toBe(true);
  });
});
