/** "Open in the care system": only an https template with the id in it makes a link. */
import { describe, expect, it } from 'vitest';
import { careSystemUrl, isCareSystemLink } from './care-system-link.js';

describe('careSystemUrl', () => {
  it('puts the encoded external id into an https template', () => {
    expect(careSystemUrl('https://care.example/citizen/{externalId}?from=careline', 'STH-000001')).toBe('https://care.example/citizen/STH-000001?from=careline');
    expect(careSystemUrl('https://care.example/c/{externalId}', 'a/b?c#d')).toBe('https://care.example/c/a%2Fb%3Fc%23d');
  });

  it('gives no link for another scheme, a broken template or one without the id', () => {
    expect(careSystemUrl('http://care.example/citizen/{externalId}', 'STH-1')).toBeNull();
    expect(careSystemUrl('javascript:alert({externalId})', 'STH-1')).toBeNull();
    expect(careSystemUrl('https://care.example/citizen/', 'STH-1')).toBeNull();
    expect(careSystemUrl('not a url {externalId}', 'STH-1')).toBeNull();
  });
});

describe('isCareSystemLink', () => {
  const template = 'https://care.example/citizen/{externalId}?from=careline';

  it('knows the links the template makes', () => {
    expect(isCareSystemLink(template, careSystemUrl(template, 'STH-000001')!)).toBe(true);
    expect(isCareSystemLink(template, careSystemUrl(template, 'a/b?c#d')!)).toBe(true);
  });

  it('refuses anything else: another host, more path, another query, no id, no template', () => {
    expect(isCareSystemLink(template, 'https://evil.example/citizen/STH-1?from=careline')).toBe(false);
    expect(isCareSystemLink(template, 'https://care.example/citizen/STH-1/../../admin?from=careline')).toBe(false);
    expect(isCareSystemLink(template, 'https://care.example/citizen/STH-1?from=careline&x=1')).toBe(false);
    expect(isCareSystemLink(template, 'https://care.example/citizen/?from=careline')).toBe(false);
    expect(isCareSystemLink('', 'https://care.example/citizen/STH-1?from=careline')).toBe(false);
  });
});
