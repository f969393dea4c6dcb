import { describe, expect, it } from 'vitest';
import { MAX_QUERY_WORDS, MAX_WORD_LENGTH, queryWords } from './query-words.js';

describe('queryWords', () => {
  it('keeps letters of every language and digits, lower-cased, and drops punctuation and query syntax', () => {
    expect(queryWords('Hemtjänst: AVGIFT & "fakturor" | !ø-æble 2024')).toEqual(['hemtjänst', 'avgift', 'fakturor', 'ø', 'æble', '2024']);
  });

  it('composes decomposed letters, so "ä" typed as a + combining diaeresis is the same word', () => {
    expect(queryWords('hemtja\u0308nst')).toEqual(['hemtjänst']);
  });

  it('counts a repeated word once and stops at the word limit', () => {
    expect(queryWords('avgift Avgift avgift')).toEqual(['avgift']);
    const many = Array.from({ length: 12 }, (_, index) => `ord${index}`).join(' ');
    expect(queryWords(many)).toHaveLength(MAX_QUERY_WORDS);
  });

  it('cuts an overlong word and finds nothing to look for in punctuation alone', () => {
    expect(queryWords('x'.repeat(100))).toEqual(['x'.repeat(MAX_WORD_LENGTH)]);
    expect(queryWords(' ?!… ')).toEqual([]);
  });
});
