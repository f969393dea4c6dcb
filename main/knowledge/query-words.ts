/**
 * What an agent typed, as the words the search looks for: lower case, letters and digits only, each
 * once, so the SQL gets a clean list and nothing the agent typed reaches a query's syntax.
 */

/** More words than this narrow nothing further and only cost time. */
export const MAX_QUERY_WORDS = 8;
/** Longer "words" are pasted noise (a link, a reference number); their start is kept. */
export const MAX_WORD_LENGTH = 40;

const WORD = /[\p{L}\p{N}]+/gu;

export function queryWords(query: string): string[] {
  const words: string[] = [];
  for (const [match] of query.normalize('NFC').toLowerCase().matchAll(WORD)) {
    const word = match.slice(0, MAX_WORD_LENGTH);
    if (!words.includes(word)) words.push(word);
    if (words.length === MAX_QUERY_WORDS) break;
  }
  return words;
}
