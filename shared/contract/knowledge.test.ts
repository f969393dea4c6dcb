import { describe, expect, it } from 'vitest';
import { knowledgeSearchSchema } from './knowledge.js';

describe('knowledgeSearchSchema', () => {
  it('takes a query of 1 to 200 characters in sv, da or en, with an optional limit of 1 to 50', () => {
    expect(knowledgeSearchSchema.safeParse({ query: 'x'.repeat(200), language: 'da', limit: 50 }).success).toBe(true);
    expect(knowledgeSearchSchema.safeParse({ query: 'hemtjänst', language: 'sv' }).success).toBe(true);
  });

  it('refuses an empty or overlong query, another language, a limit out of range and unknown fields', () => {
    for (const body of [
      { query: '', language: 'sv' },
      { query: 'x'.repeat(201), language: 'sv' },
      { query: 'avgift', language: 'de' },
      { query: 'avgift', language: 'sv', limit: 0 },
      { query: 'avgift', language: 'sv', limit: 51 },
      { query: 'avgift', language: 'sv', limit: 2.5 },
      { query: 'avgift', language: 'sv', citizenId: 'c1' },
    ]) {
      expect(knowledgeSearchSchema.safeParse(body).success, JSON.stringify(body).slice(0, 60)).toBe(false);
    }
  });
});
