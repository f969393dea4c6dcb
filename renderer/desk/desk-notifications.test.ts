/** Web notifications in the dev host: a ringing call while the agent looks elsewhere (click answers), a missed call always, withdrawn when settled. */
import { afterEach, describe, expect, it } from 'vitest';
import { createCarrierPair } from '../../shared/messaging/carrier.js';
import { createCoreSideLink, createRendererSideLink } from '../../shared/messaging/links.js';
import { createDeskI18n } from '../i18n/i18n.js';
import { showDeskNotices, type NotificationHost } from './desk-notifications.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('desk notifications', () => {
  let close = () => {};
  afterEach(() => close());

  async function connected(focused: boolean) {
    const [coreEnd, rendererEnd] = createCarrierPair();
    const core = createCoreSideLink(coreEnd);
    const answered: string[] = [];
    core.handle('phone.answerCall', ({ callId }) => (answered.push(callId), {}));
    const renderer = createRendererSideLink(rendererEnd);
    close = () => renderer.close();
    const shown: { title: string; body: string; tag: string; onClick: () => void; closed: boolean }[] = [];
    let focusAsked = 0;
    const host: NotificationHost = {
      notify(title, options) {
        const entry = { title, ...options, closed: false };
        shown.push(entry);
        return { close: () => void (entry.closed = true) };
      },
      focused: () => focused,
      focusWindow: () => void (focusAsked += 1),
    };
    showDeskNotices(renderer, host, await createDeskI18n('en'));
    return { core, shown, answered, focusAsked: () => focusAsked };
  }

  it('shows a ringing call to an agent looking elsewhere; clicking focuses the desk and answers it', async () => {
    const { core, shown, answered, focusAsked } = await connected(false);
    core.emit('desktop.notice', { kind: 'incomingCall', callId: 'c-1', dialled: '600' });
    await settle();
    expect(shown).toMatchObject([{ title: 'Incoming call', body: 'To 600. Click to answer.', tag: 'incomingCall:c-1' }]);
    shown[0]!.onClick();
    await settle();
    expect(focusAsked()).toBe(1);
    expect(answered).toEqual(['c-1']);
    core.emit('desktop.notice', { kind: 'withdrawn', callId: 'c-1' });
    await settle();
    expect(shown[0]!.closed).toBe(true);
  });

  it('leaves a ringing call to the window the agent is looking at, but reports a missed call anyway', async () => {
    const { core, shown } = await connected(true);
    core.emit('desktop.notice', { kind: 'incomingCall', callId: 'c-1', dialled: '600' });
    core.emit('desktop.notice', { kind: 'missedCall', callId: 'c-1', at: Date.UTC(2026, 0, 5, 13, 3) });
    await settle();
    expect(shown.map((n) => n.title)).toEqual(['Missed call']);
    expect(shown[0]!.body).toMatch(/^A call at .+ was not answered/);
  });
});
