/** The desk keeps each call's summaries and chosen citizen: pushed, chosen once, kept past the call. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CallerIdentified, SummaryRead } from '../../shared/contract/index.js';
import { createCarrierPair } from '../../shared/messaging/carrier.js';
import { createCoreSideLink, createRendererSideLink } from '../../shared/messaging/links.js';
import { changeCitizen, chooseCitizen, continueWithoutCitizen } from './caller-actions.js';
import { createCallerSummaryStore, selectChoice, selectSummary } from './caller-summary-store.js';
import { startCallerSummarySync } from './caller-summary-sync.js';
import { chosenCitizenOf } from './chosen-citizen.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const mother = '00000000-0000-4000-8000-000000000001';
const father = '00000000-0000-4000-8000-000000000002';
const card = (citizenId: string, name: string) => ({ citizenId, name, district: 'Bromma', careManager: null });
const popped = (callId: string, ...citizens: ReturnType<typeof card>[]): CallerIdentified => ({
  callId,
  caller: { e164: '+46701740605', display: '070-174 06 05' },
  match: { kind: 'citizens', citizens },
});

describe('caller summaries in the desk', () => {
  let close = () => {};
  afterEach(() => close());

  function connected(answer: (body: { callId: string; citizenId: string }) => SummaryRead) {
    const [coreEnd, rendererEnd] = createCarrierPair();
    const core = createCoreSideLink(coreEnd);
    const reads = vi.fn(answer);
    core.handle('citizens.readSummary', async (body) => reads(body));
    const link = createRendererSideLink(rendererEnd);
    const store = createCallerSummaryStore();
    const stop = startCallerSummarySync(link, store);
    close = () => {
      stop();
      link.close();
    };
    return { core, link, store, reads };
  }

  it('takes a lone citizen as the call\'s choice and keeps the pushed summary, but chooses nobody of several', async () => {
    const { core, store } = connected(() => ({ callId: 'x', citizenId: mother, summary: { kind: 'failed' } }));
    core.emit('screenpop.callerIdentified', popped('call-1', card(mother, 'Anna Berg')));
    core.emit('citizens.summaryRead', { callId: 'call-1', citizenId: mother, summary: { kind: 'protected' } });
    core.emit('screenpop.callerIdentified', popped('call-2', card(mother, 'Anna Berg'), card(father, 'Bo Berg')));
    await settle();
    expect(selectChoice('call-1')(store.getState())).toEqual({ kind: 'citizen', citizen: { citizenId: mother, name: 'Anna Berg', district: 'Bromma' } });
    expect(selectSummary('call-1', mother)(store.getState())).toEqual({ kind: 'protected' });
    expect(selectChoice('call-2')(store.getState())).toBeUndefined();
  });

  it('reads a chosen citizen once, tries a failed read again, and forgets the choice on "choose another"', async () => {
    let outcome: SummaryRead['summary'] = { kind: 'failed' };
    const { link, store, reads } = connected(({ callId, citizenId }) => ({ callId, citizenId, summary: outcome }));
    const bo = { citizenId: father, name: 'Bo Berg', district: 'Bromma' };
    await chooseCitizen(link, 'call-2', bo, store);
    expect(selectSummary('call-2', father)(store.getState())).toEqual({ kind: 'failed' });
    outcome = { kind: 'protected' };
    await chooseCitizen(link, 'call-2', bo, store);
    await chooseCitizen(link, 'call-2', bo, store);
    expect(reads).toHaveBeenCalledTimes(2);
    expect(selectSummary('call-2', father)(store.getState())).toEqual({ kind: 'protected' });
    changeCitizen('call-2', store);
    expect(selectChoice('call-2')(store.getState())).toBeUndefined();
    continueWithoutCitizen('call-2', store);
    expect(selectChoice('call-2')(store.getState())).toEqual({ kind: 'none' });
  });

  it('answers the case form: the choice first, else the screen-pop\'s lone citizen, else nobody', () => {
    const lone = popped('call-3', card(mother, 'Anna Berg'));
    const two = popped('call-4', card(mother, 'Anna Berg'), card(father, 'Bo Berg'));
    expect(chosenCitizenOf(undefined, lone)).toEqual({ kind: 'citizen', citizen: { citizenId: mother, name: 'Anna Berg', district: 'Bromma' } });
    expect(chosenCitizenOf(undefined, two)).toBeUndefined();
    expect(chosenCitizenOf({ kind: 'none' }, lone)).toEqual({ kind: 'none' });
    expect(chosenCitizenOf(undefined, undefined)).toBeUndefined();
  });
});
