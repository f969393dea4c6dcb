import { describe, expect, it } from 'vitest';
import { ContractFailure } from '../../shared/contract/result.js';
import { numberToDial, type Numbering } from './dial-number.js';

const numbering = (defaultRegion = 'SE', internalPattern = '^[0-9]{3,6}$'): Numbering => ({ defaultRegion, internalPattern });

const refusal = (typed: string, rules = numbering()) => {
  try {
    numberToDial(typed, rules);
  } catch (error) {
    if (error instanceof ContractFailure) return { code: error.code, messageKey: error.messageKey };
    throw error;
  }
  throw new Error(`"${typed}" was accepted`);
};

describe('numberToDial', () => {
  it('reads national numbers in the default region and keeps the form to show', () => {
    expect(numberToDial('070-174 06 05', numbering('SE'))).toEqual({ e164: '+46701740605', display: '070-174 06 05', target: '+46701740605' });
    expect(numberToDial('33 12 34 56', numbering('DK'))).toEqual({ e164: '+4533123456', display: '33 12 34 56', target: '+4533123456' });
  });

  it('takes pasted international forms whatever the region', () => {
    expect(numberToDial('+46 (0)70-174 06 05', numbering('DK')).e164).toBe('+46701740605');
    expect(numberToDial(' 0046701740605 ', numbering('SE')).e164).toBe('+46701740605');
    expect(numberToDial('+45 33 12 34 56', numbering('SE'))).toEqual({ e164: '+4533123456', display: '+45 33 12 34 56', target: '+4533123456' });
  });

  it('dials colleagues\' extensions and the hunt group as users on the phone server, with no E.164 form', () => {
    expect(numberToDial('1002', numbering())).toEqual({ e164: null, display: '1002', target: '1002' });
    expect(numberToDial(' 600 ', numbering())).toEqual({ e164: null, display: '600', target: '600' });
    // Longer than an extension: a phone number again (a Danish one here).
    expect(numberToDial('33123456', numbering('DK')).target).toBe('+4533123456');
  });

  it('follows the centre\'s own rule for internal numbers, or has none', () => {
    expect(numberToDial('4711', numbering('SE', '^4[0-9]{3}$')).target).toBe('4711');
    expect(refusal('1002', numbering('SE', '^4[0-9]{3}$')).code).toBe('invalidNumber');
    expect(refusal('600', numbering('SE', '')).code).toBe('invalidNumber');
  });

  it('never takes digits with anything around them for an extension', () => {
    expect(refusal('10 02').code).toBe('invalidNumber');
    expect(refusal('1002@evil.example').code).toBe('invalidNumber');
    expect(refusal('+1002').code).toBe('invalidNumber');
  });

  it('refuses what is not a phone number with a typed, translatable error', () => {
    expect(refusal('12')).toEqual({ code: 'invalidNumber', messageKey: 'phone.errors.invalidNumber' });
    expect(refusal('call me')).toEqual({ code: 'invalidNumber', messageKey: 'phone.errors.invalidNumber' });
    expect(refusal('0701740605; drop table')).toEqual({ code: 'invalidNumber', messageKey: 'phone.errors.invalidNumber' });
    expect(refusal('1'.repeat(25))).toEqual({ code: 'invalidNumber', messageKey: 'phone.errors.invalidNumber' });
    // A Swedish mobile number written nationally is not a Danish number.
    expect(refusal('070-174 06 05', numbering('DK')).code).toBe('invalidNumber');
  });

  it('says so when nothing was typed', () => {
    expect(refusal('   ')).toEqual({ code: 'emptyNumber', messageKey: 'phone.errors.emptyNumber' });
  });
});
