/** The top bar learns how many saves wait for the server, and says it in the agent's language. */
import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxStatus } from '../../shared/contract/index.js';
import { createCarrierPair } from '../../shared/messaging/carrier.js';
import { createCoreSideLink, createRendererSideLink, type CoreSideLink } from '../../shared/messaging/links.js';
import { createDeskI18n } from '../i18n/i18n.js';
import { createOutboxMirrorStore, selectOutboxBadge, startOutboxSync } from './outbox-mirror.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('outbox mirror', () => {
  let close = () => {};
  afterEach(() => close());

  function connected(answer: (core: CoreSideLink) => Promise<OutboxStatus> | OutboxStatus) {
    const [coreEnd, rendererEnd] = createCarrierPair();
    const core = createCoreSideLink(coreEnd);
    core.handle('data.getOutboxStatus', () => answer(core));
    const renderer = createRendererSideLink(rendererEnd);
    close = () => renderer.close();
    const store = createOutboxMirrorStore();
    startOutboxSync(renderer, store);
    return { core, store };
  }

  it('shows what waits at connect, follows the count up, and hides the badge when all is sent', async () => {
    const { core, store } = connected(() => ({ waiting: 2, refused: 0, oldestSince: 1_000 }));
    await settle();
    expect(selectOutboxBadge(store.getState())).toEqual({ waiting: 2, refused: 0, oldestSince: 1_000 });
    core.emit('data.outboxChanged', { waiting: 3, refused: 0, oldestSince: 1_000 });
    await settle();
    expect(selectOutboxBadge(store.getState())?.waiting).toBe(3);
    core.emit('data.outboxChanged', { waiting: 0, refused: 0 });
    await settle();
    expect(selectOutboxBadge(store.getState())).toBeNull();
  });

  it('keeps the badge for writes the server refused', async () => {
    const { store } = connected(() => ({ waiting: 0, refused: 1 }));
    await settle();
    expect(selectOutboxBadge(store.getState())).toEqual({ waiting: 0, refused: 1 });
  });

  it('shows the badge when the shared database may not be written to, even with nothing waiting', async () => {
    const { store } = connected(() => ({ waiting: 0, refused: 0, schemaBlocked: true }));
    await settle();
    expect(selectOutboxBadge(store.getState())).toEqual({ waiting: 0, refused: 0, schemaBlocked: true });
  });

  it('does not let a late snapshot overwrite a newer count', async () => {
    const { store } = connected(async (core) => {
      core.emit('data.outboxChanged', { waiting: 0, refused: 0 });
      await settle();
      return { waiting: 5, refused: 0, oldestSince: 1_000 };
    });
    await settle();
    await settle();
    expect(store.getState().status).toEqual({ waiting: 0, refused: 0 });
  });

  it.each([
    ['en', 1, '1 saved change waiting for the server'],
    ['en', 3, '3 saved changes waiting for the server'],
    ['sv', 3, '3 sparade ändringar väntar på servern'],
    ['da', 1, '1 gemt ændring venter på serveren'],
  ] as const)('reads in %s for %i', async (locale, count, text) => {
    const i18n = await createDeskI18n(locale);
    expect(i18n.t('outbox.waiting', { count })).toBe(text);
  });
});
