/**
 * The settings the core reports (language, settings it ignored), mirrored like the phone: fed by
 * `settings.getSnapshot` at connect and `settings.changed` after. Dismissing the notice is the
 * desk's own state, so it lives here too but is never sent anywhere.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Locale, SettingsSnapshot } from '../../shared/contract/index.js';
import type { RendererSideLink } from '../../shared/messaging/links.js';

export interface SettingsMirrorState {
  snapshot: SettingsSnapshot | null;
  /** The ignored list the agent dismissed; a different list shows the notice again. */
  dismissedIgnored: string | null;
}

export type SettingsMirrorStore = StoreApi<SettingsMirrorState>;

export const createSettingsMirrorStore = (): SettingsMirrorStore =>
  createStore<SettingsMirrorState>(() => ({ snapshot: null, dismissedIgnored: null }));

export const settingsMirrorStore = createSettingsMirrorStore();

export const useSettingsMirror = <T>(selector: (state: SettingsMirrorState) => T): T =>
  useStore(settingsMirrorStore, selector);

const ignoredKey = (snapshot: SettingsSnapshot) => JSON.stringify(snapshot.ignored);

export const selectVisibleIgnoredSettings = (state: SettingsMirrorState) =>
  state.snapshot && state.snapshot.ignored.length > 0 && ignoredKey(state.snapshot) !== state.dismissedIgnored
    ? state.snapshot.ignored
    : null;

export function dismissIgnoredSettings(store: SettingsMirrorStore = settingsMirrorStore): void {
  const { snapshot } = store.getState();
  if (snapshot) store.setState({ dismissedIgnored: ignoredKey(snapshot) });
}

export function startSettingsSync(
  link: RendererSideLink,
  onLocale: (locale: Locale) => void,
  store: SettingsMirrorStore = settingsMirrorStore,
): () => void {
  let stopped = false;
  const apply = (snapshot: SettingsSnapshot) => {
    store.setState({ snapshot });
    onLocale(snapshot.locale);
  };
  const off = link.on('settings.changed', apply);
  void link.request('settings.getSnapshot', {}).then((result) => {
    if (!stopped && result.ok) apply(result.value);
  });
  return () => {
    stopped = true;
    off();
  };
}
