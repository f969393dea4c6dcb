import { SessionState } from 'sip.js';
import { describe, expect, it } from 'vitest';
import { reInviteForHold, ReInviteFailed } from './call-reinvite.js';
import { FakeSession } from './fake-call-sessions.js';

function established(): FakeSession {
  const session = new FakeSession('s-1');
  session.state = SessionState.Established;
  return session;
}

const asSession = (fake: FakeSession) => fake as never;

describe('reInviteForHold', () => {
  it('offers hold, then takes it off, keeping the option for the other side\'s re-INVITEs', async () => {
    const session = established();
    expect(await reInviteForHold(asSession(session), true)).toEqual({ attempts: 1 });
    expect(session.sessionDescriptionHandlerOptionsReInvite).toEqual({ hold: true });
    await reInviteForHold(asSession(session), false);
    expect(session.reInvites).toEqual([true, false]);
  });

  it.each([500, 491])('sends once more after a short pause when refused with %i', async (status) => {
    const session = established();
    session.reInviteAnswers = [status];
    const waits: number[] = [];
    const result = await reInviteForHold(asSession(session), true, { wait: async (ms) => void waits.push(ms) });
    expect(result).toEqual({ attempts: 2 });
    expect(waits).toEqual([300]);
  });

  it('gives up on a refusal that will not pass, and on a second momentary one', async () => {
    const refused = established();
    refused.reInviteAnswers = [488];
    await expect(reInviteForHold(asSession(refused), true, { retryDelayMs: 1 })).rejects.toEqual(new ReInviteFailed(488));
    expect(refused.reInvites).toHaveLength(1);
    const racing = established();
    racing.reInviteAnswers = [500, 500, 200];
    await expect(reInviteForHold(asSession(racing), true, { retryDelayMs: 1 })).rejects.toMatchObject({ statusCode: 500 });
    expect(racing.reInvites).toHaveLength(2);
  });

  it('does not wait forever when the call ends under a pending re-INVITE', async () => {
    const session = established();
    session.invite = () => {
      setTimeout(() => session.to(SessionState.Terminated), 0);
      return Promise.resolve();
    };
    await expect(reInviteForHold(asSession(session), true)).rejects.toMatchObject({ statusCode: 0 });
  });
});
