/** Error keys from the core read as sentences in the agent's language. */
import { describe, expect, it } from 'vitest';
import { createDeskI18n } from './i18n.js';
import { translateMessageKey } from './message-key.js';

describe('translateMessageKey', () => {
  it('translates the link errors from the common catalog', async () => {
    const i18n = await createDeskI18n('en');
    expect(translateMessageKey(i18n, 'errors.timeout')).toBe('The desk core did not answer in time.');
  });

  it('looks up "phone.errors.*" in the phone catalog, in the current language', async () => {
    const i18n = await createDeskI18n('sv');
    expect(translateMessageKey(i18n, 'phone.errors.notRinging')).toBe('Samtalet ringer inte längre.');
    await i18n.changeLanguage('da');
    expect(translateMessageKey(i18n, 'phone.errors.notRinging')).toBe('Opkaldet ringer ikke længere.');
  });

  it('names a key the catalogs lack instead of showing nothing', async () => {
    const i18n = await createDeskI18n('en');
    expect(translateMessageKey(i18n, 'phone.errors.somethingNew')).toBe('Something went wrong (phone.errors.somethingNew).');
  });
});
