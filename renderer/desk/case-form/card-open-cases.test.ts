import { describe, expect, it } from 'vitest';
import { emptyFields } from '../../cases/case-form-logic.js';
import type { CaseForm } from '../../cases/case-form-store.js';
import { attachableForm } from './card-open-cases.js';

const form = (patch: Partial<CaseForm> & { citizenId?: string }): CaseForm => ({
  draftId: patch.draftId ?? 'draft-1',
  callId: patch.callId ?? 'call-1',
  fields: { ...emptyFields, citizenId: patch.citizenId ?? 'citizen-1' },
  outcome: patch.outcome ?? { kind: 'editing' },
});

describe('the caller card attaches to the call form', () => {
  it("finds the call's form being filled in for the card's citizen", () => {
    const mine = form({ draftId: 'mine' });
    expect(attachableForm([form({ draftId: 'other', callId: 'call-2' }), mine], 'call-1', 'citizen-1')).toBe(mine);
  });

  it('offers nothing before the answer, after the save, or for another citizen', () => {
    expect(attachableForm([form({ callId: 'call-2' })], 'call-1', 'citizen-1')).toBeUndefined();
    expect(attachableForm([form({ outcome: { kind: 'skipped' } })], 'call-1', 'citizen-1')).toBeUndefined();
    expect(attachableForm([form({ citizenId: 'citizen-2' })], 'call-1', 'citizen-1')).toBeUndefined();
  });
});
