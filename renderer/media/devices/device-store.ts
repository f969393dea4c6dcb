/**
 * The agent's devices as the renderer sees them: the choices the core keeps, what is on the
 * machine, where each role's sound goes now, the last device check, and whether the check screen
 * is open. Written by the device monitor and the check screen; read by the desk and the media engine.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DeviceChoices, SelfTestResult } from '../../../shared/contract/index.js';
import type { AudioDevice, ResolvedDevices } from './device-matching.js';

export interface DeviceState {
  choices: DeviceChoices | null;
  devices: AudioDevice[];
  /** Null until the devices were listed with their labels. */
  resolved: ResolvedDevices | null;
  selfTest: SelfTestResult;
  /** The check screen; `thenReady` when the agent asked for Ready and was told to check first. */
  checkScreen: { open: false } | { open: true; thenReady: boolean };
}

export type DeviceStore = StoreApi<DeviceState>;

export const createDeviceStore = (): DeviceStore =>
  createStore<DeviceState>(() => ({ choices: null, devices: [], resolved: null, selfTest: 'pending', checkScreen: { open: false } }));

export const deviceStore = createDeviceStore();

export const useDevices = <T>(selector: (state: DeviceState) => T): T => useStore(deviceStore, selector);

export function openDeviceCheck(thenReady = false, store: DeviceStore = deviceStore): void {
  store.setState({ checkScreen: { open: true, thenReady } });
}

export function closeDeviceCheck(store: DeviceStore = deviceStore): void {
  store.setState({ checkScreen: { open: false } });
}
