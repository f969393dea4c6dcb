import { describe, expect, it } from 'vitest';
import { normaliseCallerNumber } from './caller-number.js';

describe('normaliseCallerNumber', () => {
  it.each([
    ['+46701740605', 'SE', '+46701740605', '070-174 06 05'],
    ['0701740605', 'SE', '+46701740605', '070-174 06 05'],
    ['0046 70-174 06 05', 'SE', '+46701740605', '070-174 06 05'],
    ['08-465 004 00', 'SE', '+46846500400', '08-465 004 00'],
    // Denmark has no range for fiction: "09…" is a series no Danish number uses.
    ['+4509000000', 'SE', '+4509000000', '+45 09000000'],
    ['09000000', 'DK', '+4509000000', '+45 09000000'],
    // Sweden's invalid series for fiction (078 + 6): no national form that could be dialled back.
    ['+4678490000', 'SE', '+4678490000', '+46 78490000'],
  ])('reads %s in region %s as %s, shown as %s', (raw, region, e164, display) => {
    expect(normaliseCallerNumber(raw, region)).toEqual({ e164, display });
  });

  it.each([
    ['anonymous', ''],
    ['', ''],
    ['12', '12'],
    ['+461234567890123456789012', ''],
    ['070<script>', ''],
  ])('gives no E.164 for the malformed number %j and shows %j', (raw, display) => {
    expect(normaliseCallerNumber(raw, 'SE')).toEqual({ e164: null, display });
  });

  it('gives an empty display for a call with no number at all', () => {
    expect(normaliseCallerNumber(null, 'SE')).toEqual({ e164: null, display: '' });
  });
});
