import { describe, expect, it } from 'vitest';
import { dateTimeFormat, displayNames, numberFormat } from './intl-cache.js';

describe('intl-cache', () => {
  it('builds one formatter per locale and options, and formats as Intl does', () => {
    expect(dateTimeFormat('sv', { dateStyle: 'medium', timeZone: 'UTC' })).toBe(dateTimeFormat('sv', { dateStyle: 'medium', timeZone: 'UTC' }));
    expect(dateTimeFormat('sv', { dateStyle: 'medium', timeZone: 'UTC' })).not.toBe(dateTimeFormat('da', { dateStyle: 'medium', timeZone: 'UTC' }));
    expect(numberFormat('sv', { style: 'currency', currency: 'SEK' }).format(1250)).toBe(new Intl.NumberFormat('sv', { style: 'currency', currency: 'SEK' }).format(1250));
    expect(numberFormat('sv', { style: 'currency', currency: 'SEK' })).not.toBe(numberFormat('sv', { style: 'currency', currency: 'DKK' }));
    expect(displayNames('en', 'language').of('fi')).toBe('Finnish');
  });
});
