/**
 * Keeps the agent's device choices true to the machine: lists the devices at start and on every
 * `devicechange`, resolves the choices (default when one is gone), re-saves a choice found only
 * by label, checks the microphone quickly at start and whenever it changes, and tells the core
 * what it found whenever that changes (a check's result included, whoever ran it), so a lost
 * headset makes the agent Not ready.
 */
import type { DeviceChoices } from '../../../shared/contract/index.js';
import type { RendererSideLink } from '../../../shared/messaging/links.js';
import { deviceReport, labelsKnown, renamedChoices, resolveDevices, type AudioDevice, type ResolvedDevices } from './device-matching.js';
import { deviceStore, type DeviceStore } from './device-store.js';
import { listenForSignal, openLevelMeter, type LevelMeter } from './microphone-level.js';

/** Long enough for a live microphone's noise (or Chromium's fake beep) to show. */
const QUICK_CHECK_MS = 3000;

const microphoneKey = (resolved: ResolvedDevices) => (resolved.microphone.missing ? 'missing' : resolved.microphone.deviceId);

export interface DeviceMonitorOptions {
  store?: DeviceStore;
  mediaDevices?: Pick<MediaDevices, 'enumerateDevices' | 'addEventListener' | 'removeEventListener'>;
  openMeter?: (deviceId: string) => Promise<LevelMeter>;
  quickCheckMs?: number;
}

export function startDeviceMonitor(link: RendererSideLink, options: DeviceMonitorOptions = {}): { stop(): void } {
  const { store = deviceStore, mediaDevices = navigator.mediaDevices, openMeter = openLevelMeter, quickCheckMs = QUICK_CHECK_MS } = options;
  let stopped = false;
  let lastReport = '';

  const report = () => {
    const { resolved, devices, selfTest } = store.getState();
    if (!resolved || stopped) return;
    const body = deviceReport(resolved, devices, selfTest);
    const key = JSON.stringify(body);
    if (key === lastReport) return;
    lastReport = key;
    void link.request('media.reportDevices', body);
  };

  /** A check nobody finished yet; the check screen's own verdict, if it came first, stands. */
  const quickCheck = async () => {
    const microphone = store.getState().resolved?.microphone;
    if (!microphone || microphone.missing) return;
    try {
      const meter = await openMeter(microphone.deviceId);
      const heard = await listenForSignal(meter, quickCheckMs);
      meter.stop();
      const { resolved, selfTest } = store.getState();
      // A missing headset leaves the check open: it passes only with every chosen device there.
      const complete = resolved !== null && !resolved.headset.missing && !resolved.microphone.missing;
      if (!stopped && selfTest === 'pending' && (complete || !heard)) store.setState({ selfTest: heard ? 'passed' : 'failed' });
    } catch (error) {
      console.warn('[devices] the microphone could not be opened', error);
      if (!stopped) store.setState({ selfTest: 'failed' });
    }
  };

  const refresh = async () => {
    const listed = await mediaDevices.enumerateDevices();
    const devices: AudioDevice[] = listed.flatMap((d) => (d.kind === 'audioinput' || d.kind === 'audiooutput' ? [{ kind: d.kind, deviceId: d.deviceId, label: d.label }] : []));
    const { choices, resolved: before } = store.getState();
    if (stopped || !choices || !labelsKnown(devices)) return;
    const resolved = resolveDevices(choices, devices);
    // A device that went or changed has not been heard: what replaces it needs a check of its own.
    const lost = resolved.headset.missing || resolved.microphone.missing;
    const microphoneChanged = before !== null && microphoneKey(before) !== microphoneKey(resolved);
    store.setState({ devices, resolved, ...(lost || microphoneChanged ? { selfTest: 'pending' as const } : {}) });
    for (const { role, choice } of renamedChoices(choices, resolved)) void link.request('devices.setChoice', { role, choice });
    if (before === null || microphoneChanged) void quickCheck();
  };

  const start = async (choices: DeviceChoices) => {
    store.setState({ choices });
    try {
      // Chromium lists devices with their labels only once the page has opened a microphone.
      (await openMeter('')).stop();
    } catch (error) {
      console.warn('[devices] no microphone permission', error);
    }
    await refresh();
  };

  const stopReporting = store.subscribe(report);
  const onDeviceChange = () => void refresh();
  mediaDevices.addEventListener('devicechange', onDeviceChange);
  const offChoices = link.on('devices.choicesChanged', (choices) => {
    store.setState({ choices });
    void refresh();
  });
  void link.request('devices.getChoices', {}).then((result) => {
    if (!stopped && result.ok) void start(result.value);
  });

  return {
    stop() {
      stopped = true;
      stopReporting();
      mediaDevices.removeEventListener('devicechange', onDeviceChange);
      offChoices();
    },
  };
}
