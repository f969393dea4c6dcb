/** The device monitor against a fake machine: what the core is told at start, when a headset is unplugged and comes back, and when an id changed. */
import { describe, expect, it } from 'vitest';
import type { DeviceChoices, DeviceReport } from '../../../shared/contract/index.js';
import type { RendererSideLink } from '../../../shared/messaging/links.js';
import type { AudioDevice } from './device-matching.js';
import { startDeviceMonitor } from './device-monitor.js';
import { createDeviceStore } from './device-store.js';

const jabraOut: AudioDevice = { kind: 'audiooutput', deviceId: 'out-jabra', label: 'Jabra Evolve2 65' };
const jabraMic: AudioDevice = { kind: 'audioinput', deviceId: 'mic-jabra', label: 'Jabra Evolve2 65' };
const laptop: AudioDevice[] = [
  { kind: 'audioinput', deviceId: 'default', label: 'Default' },
  { kind: 'audiooutput', deviceId: 'default', label: 'Default' },
  { kind: 'audiooutput', deviceId: 'out-speakers', label: 'Speakers' },
];

function fakeMachine(devices: AudioDevice[], choices: DeviceChoices, micLevel = 0.01) {
  const machine = Object.assign(new EventTarget(), { devices, enumerateDevices: async () => machine.devices.map((d) => ({ ...d, groupId: '', toJSON: () => d })) });
  const reports: DeviceReport[] = [];
  const saved: unknown[] = [];
  const link = {
    request: async (channel: string, body: unknown) => {
      if (channel === 'media.reportDevices') reports.push(body as DeviceReport);
      if (channel === 'devices.setChoice') saved.push(body);
      return { ok: true, value: channel === 'devices.getChoices' ? choices : {} };
    },
    on: () => () => undefined,
  } as unknown as RendererSideLink;
  const store = createDeviceStore();
  const monitor = startDeviceMonitor(link, { store, mediaDevices: machine as never, openMeter: async () => ({ level: () => micLevel, stop: () => undefined }), quickCheckMs: 200 });
  const change = async (next: AudioDevice[]) => {
    machine.devices = next;
    machine.dispatchEvent(new Event('devicechange'));
    await settle();
  };
  return { store, reports, saved, monitor, change };
}

const settle = () => new Promise((done) => setTimeout(done, 20));
const jabraChoices: DeviceChoices = { microphone: { id: 'mic-jabra', label: 'Jabra Evolve2 65' }, headset: { id: 'out-jabra', label: 'Jabra Evolve2 65' }, ringer: null };

describe('device monitor', () => {
  it('reports the devices present and the quick check passed when the microphone delivers signal', async () => {
    const { reports, monitor } = fakeMachine([...laptop, jabraOut, jabraMic], jabraChoices);
    await settle();
    expect(reports).toEqual([
      { headsetPresent: true, microphonePresent: true, selfTest: 'pending' },
      { headsetPresent: true, microphonePresent: true, selfTest: 'passed' },
    ]);
    monitor.stop();
  });

  it('reports a failed check for a microphone that delivers digital silence', async () => {
    const { reports, monitor } = fakeMachine([...laptop, jabraOut, jabraMic], jabraChoices, 0);
    await new Promise((done) => setTimeout(done, 400));
    expect(reports.at(-1)).toEqual({ headsetPresent: true, microphonePresent: true, selfTest: 'failed' });
    monitor.stop();
  });

  it('tells the core at once when the headset is unplugged, falls back to the default, and checks again when it is back', async () => {
    const { reports, store, monitor, change } = fakeMachine([...laptop, jabraOut, jabraMic], jabraChoices);
    await settle();
    await change(laptop);
    expect(reports.at(-1)).toEqual({ headsetPresent: false, microphonePresent: false, selfTest: 'pending' });
    expect(store.getState().resolved?.headset).toEqual({ deviceId: '', label: 'Jabra Evolve2 65', via: 'default', missing: true });
    await change([...laptop, jabraOut, jabraMic]);
    expect(reports.slice(-2)).toEqual([
      { headsetPresent: true, microphonePresent: true, selfTest: 'pending' },
      { headsetPresent: true, microphonePresent: true, selfTest: 'passed' },
    ]);
    monitor.stop();
  });

  it('saves a headset found by its label under its new id', async () => {
    const { saved, monitor } = fakeMachine([...laptop, { ...jabraOut, deviceId: 'out-jabra-replugged' }, jabraMic], jabraChoices);
    await settle();
    expect(saved).toEqual([{ role: 'headset', choice: { id: 'out-jabra-replugged', label: 'Jabra Evolve2 65' } }]);
    monitor.stop();
  });
});
