import { describe, expect, it } from 'vitest';
import { ContractFailure } from '../../shared/contract/result.js';
import { numberToDial } from './dial-number.js';

const refusal = (typed: string, region = 'SE') => {
  try {
    numberToDial(typed, region);
  } catch (error) {
    if (error instanceof ContractFailure) return { code: error.code, messageKey: error.messageKey };
    throw error;
  }
  throw new Error(`"${typed}" was accepted`);
};

describe('numberToDial', () => {
  it('reads national numbers in the default region and keeps the form to show', () => {
    expect(numberToDial('070-174 06 05', 'SE')).toEqual({ e164: '+46701740605', display: '070-174 06 05' });
    expect(numberToDial('33 12 34 56', 'DK')).toEqual({ e164: '+4533123456', display: '33 12 34 56' });
  });

  it('takes pasted international forms whatever the region', () => {
    expect(numberToDial('+46 (0)70-174 06 05', 'DK').e164).toBe('+46701740605');
    expect(numberToDial(' 0046701740605 ', 'SE').e164).toBe('+46701740605');
    expect(numberToDial('+45 33 12 34 56', 'SE')).toEqual({ e164: '+4533123456', display: '+45 33 12 34 56' });
  });

  it('refuses what is not a phone number with a typed, translatable error', () => {
    expect(refusal('12')).toEqual({ code: 'invalidNumber', messageKey: 'phone.errors.invalidNumber' });
    expect(refusal('call me')).toEqual({ code: 'invalidNumber', messageKey: 'phone.errors.invalidNumber' });
    expect(refusal('0701740605; drop table')).toEqual({ code: 'invalidNumber', messageKey: 'phone.errors.invalidNumber' });
    expect(refusal('1'.repeat(25))).toEqual({ code: 'invalidNumber', messageKey: 'phone.errors.invalidNumber' });
    // A Swedish mobile number written nationally is not a Danish number.
    expect(refusal('070-174 06 05', 'DK').code).toBe('invalidNumber');
  });

  it('says so when nothing was typed', () => {
    expect(refusal('   ')).toEqual({ code: 'emptyNumber', messageKey: 'phone.errors.emptyNumber' });
  });
});
