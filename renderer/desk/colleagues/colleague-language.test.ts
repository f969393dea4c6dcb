import { describe, expect, it } from 'vitest';
import { shownLanguage } from './colleague-language.js';

const options = [
  { code: 'ar', name: 'arabiska' },
  { code: 'fi', name: 'finska' },
];

describe("the colleagues list's language", () => {
  it("starts at the caller's preferred language when a colleague speaks it", () => {
    expect(shownLanguage(null, 'call-1', 'ar', options)).toBe('ar');
  });

  it('shows everyone when nobody speaks it, or no summary is known', () => {
    expect(shownLanguage(null, 'call-1', 'so', options)).toBe('');
    expect(shownLanguage(null, 'call-1', undefined, options)).toBe('');
  });

  it("keeps the agent's own choice, 'any language' too, during the call it was made in", () => {
    expect(shownLanguage({ callId: 'call-1', language: 'fi' }, 'call-1', 'ar', options)).toBe('fi');
    expect(shownLanguage({ callId: 'call-1', language: '' }, 'call-1', 'ar', options)).toBe('');
  });

  it("starts again from the next caller's language, and keeps the agent's choice for a caller whose language is not known", () => {
    expect(shownLanguage({ callId: 'call-1', language: 'fi' }, 'call-2', 'ar', options)).toBe('ar');
    expect(shownLanguage({ callId: undefined, language: 'fi' }, 'call-2', undefined, options)).toBe('fi');
  });
});
