import { describe, expect, it } from 'vitest';
import type { Transfer } from '../../shared/contract/index.js';
import { applyTransfer, createTransferMirrorStore, selectTransferFor } from './transfer-mirror.js';

const consulting: Transfer = { callId: 'caller', kind: 'attended', state: 'consulting', target: { e164: '+46701740670', display: '070-174 06 70' }, consultCallId: 'consult' };

describe('transfer mirror', () => {
  it("finds a running transfer from the caller's call and from the consult call", () => {
    const store = createTransferMirrorStore();
    applyTransfer(store, consulting);
    expect(selectTransferFor('caller')(store.getState())).toEqual(consulting);
    expect(selectTransferFor('consult')(store.getState())).toEqual(consulting);
    expect(selectTransferFor('other')(store.getState())).toBeUndefined();
  });

  it('keeps a finished transfer with the caller only: the consult call shows it no more', () => {
    const store = createTransferMirrorStore();
    applyTransfer(store, consulting);
    applyTransfer(store, { ...consulting, state: 'cancelled' });
    expect(selectTransferFor('caller')(store.getState())?.state).toBe('cancelled');
    expect(selectTransferFor('consult')(store.getState())).toBeUndefined();
  });
});
