/**
 * The shortcuts as the renderer uses them: the key combinations from settings (the core reports
 * them with the settings; the defaults until it has), and whether the list of shortcuts is open.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { defaultShortcuts, type ShortcutSettings } from '../../shared/contract/index.js';
import { settingsMirrorStore, useSettingsMirror, type SettingsMirrorState } from './settings-mirror.js';

const selectKeys = (state: SettingsMirrorState): ShortcutSettings => state.snapshot?.shortcuts ?? defaultShortcuts;

export const useShortcutKeys = (): ShortcutSettings => useSettingsMirror(selectKeys);

/** At the key press, without subscribing a component. */
export const currentShortcutKeys = (): ShortcutSettings => selectKeys(settingsMirrorStore.getState());

export const shortcutsHelpStore = createStore<{ open: boolean }>(() => ({ open: false }));

export const useShortcutsHelpOpen = (): boolean => useStore(shortcutsHelpStore, (state) => state.open);

export function setShortcutsHelpOpen(open: boolean): void {
  shortcutsHelpStore.setState({ open });
}
