/** The core's language choice and ignored settings reach the desk, and a dismissal sticks until they change. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Locale, SettingsSnapshot } from '../../shared/contract/index.js';
import { createCarrierPair } from '../../shared/messaging/carrier.js';
import { createCoreSideLink, createRendererSideLink } from '../../shared/messaging/links.js';
import { defaultShortcuts } from '../../shared/contract/shortcuts.js';
import {
  createSettingsMirrorStore,
  dismissIgnoredSettings,
  selectVisibleIgnoredSettings,
  startSettingsSync,
} from './settings-mirror.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const ignored = [{ path: 'sip.server', reason: 'Invalid URL' }];

describe('settings mirror', () => {
  let close = () => {};
  afterEach(() => close());

  async function connected(snapshot: SettingsSnapshot) {
    const [coreEnd, rendererEnd] = createCarrierPair();
    const core = createCoreSideLink(coreEnd);
    core.handle('settings.getSnapshot', () => snapshot);
    const renderer = createRendererSideLink(rendererEnd);
    close = () => renderer.close();
    const store = createSettingsMirrorStore();
    const locales: Locale[] = [];
    startSettingsSync(renderer, (locale) => locales.push(locale), store);
    await settle();
    return { core, store, locales };
  }

  it('switches to the language the core remembers and shows what it ignored', async () => {
    const { store, locales } = await connected({ locale: 'da', ignored, lockedByPolicy: [], shortcuts: defaultShortcuts });
    expect(locales).toEqual(['da']);
    expect(selectVisibleIgnoredSettings(store.getState())).toEqual(ignored);
  });

  it('hides a dismissed notice until the ignored list changes', async () => {
    const { core, store } = await connected({ locale: 'sv', ignored, lockedByPolicy: [], shortcuts: defaultShortcuts });
    dismissIgnoredSettings(store);
    expect(selectVisibleIgnoredSettings(store.getState())).toBeNull();
    core.emit('settings.changed', { locale: 'en', ignored, lockedByPolicy: [], shortcuts: defaultShortcuts });
    await settle();
    expect(selectVisibleIgnoredSettings(store.getState())).toBeNull();
    core.emit('settings.changed', { locale: 'en', ignored: [...ignored, { path: 'sip.user', reason: 'Required' }], lockedByPolicy: [], shortcuts: defaultShortcuts });
    await settle();
    expect(selectVisibleIgnoredSettings(store.getState())).toHaveLength(2);
  });

  it('shows no notice when nothing was ignored', async () => {
    const { store } = await connected({ locale: 'sv', ignored: [], lockedByPolicy: [], shortcuts: defaultShortcuts });
    expect(selectVisibleIgnoredSettings(store.getState())).toBeNull();
  });
});
