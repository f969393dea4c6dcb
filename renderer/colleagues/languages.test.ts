import { describe, expect, it } from 'vitest';
import type { Colleague } from '../../shared/contract/index.js';
import { languageName, languageOptions, speaking } from './languages.js';

const colleague = (sipUser: string, languages: string[], state: Colleague['state'] = 'ready'): Colleague => ({ sipUser, displayName: `Agent ${sipUser}`, languages, level: 1, state });
const team = [colleague('1002', ['sv', 'ar']), colleague('1003', ['sv', 'so', 'ar'], 'onCall'), colleague('1004', ['sv', 'fi'])];

describe('colleagues by language', () => {
  it('names languages in the agent’s language', () => {
    expect(languageName('ar', 'sv')).toBe('arabiska');
    expect(languageName('ar', 'en')).toBe('Arabic');
    expect(languageName('fi', 'da')).toBe('finsk');
  });

  it('offers each language spoken once, sorted by its name', () => {
    expect(languageOptions(team, 'en').map((o) => o.name)).toEqual(['Arabic', 'Finnish', 'Somali', 'Swedish']);
  });

  it('keeps the colleagues who speak the chosen language, in the given order', () => {
    expect(speaking(team, 'ar').map((c) => c.sipUser)).toEqual(['1002', '1003']);
    expect(speaking(team, 'fi').map((c) => c.sipUser)).toEqual(['1004']);
    expect(speaking(team, null)).toHaveLength(3);
  });
});
