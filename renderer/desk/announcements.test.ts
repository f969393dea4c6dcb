/** What a screen-reader user hears follows the calls, and says nothing about a protected caller. */
import { describe, expect, it } from 'vitest';
import { createDeskI18n } from '../i18n/i18n.js';
import { applyCall, applyCallerIdentified, initialPhoneState } from '../phone/phone-state.js';
import { aCall, anIdentification, fictionalNumber } from '../phone/test-fixtures.js';
import { announcementText, announcementsBetween } from './announcements.js';

describe('call announcements', async () => {
  const t = (await createDeskI18n('en')).getFixedT('en', 'phone');
  const spoken = (previous: typeof initialPhoneState, next: typeof initialPhoneState) =>
    announcementsBetween(previous, next).map((announcement) => announcementText(t, announcement));

  const popped = applyCallerIdentified(initialPhoneState, anIdentification('call-1'), 0);
  const ringing = applyCall(popped, aCall('call-1', 'ringing'));
  const answering = applyCall(ringing, aCall('call-1', 'answering'));
  const active = applyCall(answering, aCall('call-1', 'active', { answeredAt: 2_000 }));
  const ended = applyCall(active, aCall('call-1', 'ended'));

  it('announces ringing with the caller, then connected, then ended', () => {
    expect(spoken(popped, ringing)).toEqual(['Incoming call from Astrid Testsson']);
    expect(spoken(ringing, answering)).toEqual([]);
    expect(spoken(answering, active)).toEqual(['Call connected']);
    expect(spoken(active, ended)).toEqual(['Call ended']);
  });

  it('announces hold and taking the call back', () => {
    const held = applyCall(active, aCall('call-1', 'active', { answeredAt: 2_000, held: true }));
    expect(spoken(active, held)).toEqual(['Call on hold']);
    expect(spoken(held, active)).toEqual(['Call taken off hold']);
  });

  it('says only the routine for a protected identity', () => {
    const protectedPop = applyCallerIdentified(initialPhoneState, anIdentification('call-9', { kind: 'protected' }), 0);
    const text = spoken(protectedPop, applyCall(protectedPop, aCall('call-9', 'ringing')));
    expect(text).toEqual(['Incoming call: protected identity, follow the routine']);
    expect(text.join()).not.toContain(fictionalNumber.display);
  });

  it('gives the number for an unknown caller', () => {
    const unknownPop = applyCallerIdentified(initialPhoneState, anIdentification('call-8', { kind: 'unknown' }), 0);
    expect(spoken(unknownPop, applyCall(unknownPop, aCall('call-8', 'ringing')))).toEqual([
      'Incoming call from an unknown caller, 070-174 06 05',
    ]);
  });

  it('says why a call out did not go through', () => {
    const out = aCall('out-1', 'ringingOut', { direction: 'outbound' });
    const ringingOut = applyCall(initialPhoneState, out);
    const busy = applyCall(ringingOut, { ...out, state: 'ended', endReason: 'failed', failure: { reason: 'busy', statusCode: 486 } });
    expect(spoken(ringingOut, busy)).toEqual(['Call ended', 'The call did not go through. Busy: the person is on another call.']);
  });

  it('says a caller waits in the queue, then rings when the agent is free; a waiting caller taken elsewhere is not news', () => {
    const waiting = applyCall(popped, aCall('call-1', 'waiting'));
    expect(spoken(popped, waiting)).toEqual(['A caller is waiting in the queue']);
    expect(spoken(waiting, applyCall(waiting, aCall('call-1', 'ringing')))).toEqual(['Incoming call from Astrid Testsson']);
    expect(spoken(waiting, applyCall(waiting, aCall('call-1', 'ended', { endReason: 'answeredElsewhere' })))).toEqual([]);
  });
});
