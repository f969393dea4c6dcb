/**
 * What changed between two revisions, word by word (a longest common subsequence of words and the
 * spaces between them), for the article's history. Plain text in, plain text pieces out.
 */

export type DiffPart = { text: string; change: 'same' | 'added' | 'removed' };

/** Beyond this many word pairs the table costs more than it tells: the whole text counts as replaced. */
const MAX_CELLS = 4_000_000;

const tokens = (text: string) => text.split(/(\s+)/).filter((token) => token !== '');

export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  if (a.length * b.length > MAX_CELLS) return merged([...a.map((text) => part(text, 'removed')), ...b.map((text) => part(text, 'added'))]);
  // common[i][j]: the longest common run of a[i..] and b[j..].
  const width = b.length + 1;
  const common = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      common[i * width + j] = a[i] === b[j] ? common[(i + 1) * width + j + 1]! + 1 : Math.max(common[(i + 1) * width + j]!, common[i * width + j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      parts.push(part(a[i++]!, 'same'));
      j += 1;
    } else if (i < a.length && (j === b.length || common[(i + 1) * width + j]! >= common[i * width + j + 1]!)) {
      parts.push(part(a[i++]!, 'removed'));
    } else {
      parts.push(part(b[j++]!, 'added'));
    }
  }
  return merged(parts);
}

const part = (text: string, change: DiffPart['change']): DiffPart => ({ text, change });

/** Neighbours of the same kind as one piece, so a changed sentence reads as one mark. */
function merged(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const next of parts) {
    const last = out.at(-1);
    if (last && last.change === next.change) last.text += next.text;
    else out.push({ ...next });
  }
  return out;
}

export const changed = (parts: readonly DiffPart[]) => parts.some((p) => p.change !== 'same');
