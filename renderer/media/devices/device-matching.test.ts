/** Finding the chosen devices after replugs and reboots, and what the core is told when one is gone. */
import { describe, expect, it } from 'vitest';
import type { DeviceChoices } from '../../../shared/contract/index.js';
import { deviceReport, labelsKnown, missingRoles, renamedChoices, resolveDevice, resolveDevices, type AudioDevice } from './device-matching.js';

const machine: AudioDevice[] = [
  { kind: 'audioinput', deviceId: 'default', label: 'Default - Jabra Evolve2 65' },
  { kind: 'audioinput', deviceId: 'mic-jabra', label: 'Jabra Evolve2 65' },
  { kind: 'audioinput', deviceId: 'mic-laptop', label: 'Built-in Microphone' },
  { kind: 'audiooutput', deviceId: 'default', label: 'Default - Speakers' },
  { kind: 'audiooutput', deviceId: 'out-jabra', label: 'Jabra Evolve2 65' },
  { kind: 'audiooutput', deviceId: 'out-speakers', label: 'Speakers' },
];

const choices: DeviceChoices = {
  microphone: { id: 'mic-jabra', label: 'Jabra Evolve2 65' },
  headset: { id: 'out-jabra', label: 'Jabra Evolve2 65' },
  ringer: { id: 'out-speakers', label: 'Speakers' },
};

describe('resolveDevice', () => {
  it('finds a choice by its id, and only among devices of its kind', () => {
    expect(resolveDevice(choices.headset, machine, 'audiooutput')).toEqual({ deviceId: 'out-jabra', label: 'Jabra Evolve2 65', via: 'id', missing: false });
    expect(resolveDevice({ id: 'mic-jabra', label: 'x' }, machine, 'audiooutput').missing).toBe(true);
  });

  it('finds it by its label when the id changed after a replug', () => {
    const replugged = machine.map((d) => (d.deviceId === 'out-jabra' ? { ...d, deviceId: 'out-jabra-new' } : d));
    expect(resolveDevice(choices.headset, replugged, 'audiooutput')).toMatchObject({ deviceId: 'out-jabra-new', via: 'label', missing: false });
  });

  it('falls back to the system default, marked missing, when neither id nor label is there', () => {
    expect(resolveDevice({ id: 'gone', label: 'Poly Voyager 4320' }, machine, 'audiooutput')).toEqual({ deviceId: '', label: 'Poly Voyager 4320', via: 'default', missing: true });
  });

  it('never matches an empty label, nor the OS default entry by id', () => {
    expect(resolveDevice({ id: 'gone', label: '' }, [{ kind: 'audiooutput', deviceId: 'x', label: '' }], 'audiooutput').missing).toBe(true);
    expect(resolveDevice({ id: 'default', label: 'Default - Speakers' }, machine, 'audiooutput').missing).toBe(true);
  });

  it('uses the default, not missing, when nothing was chosen', () => {
    expect(resolveDevice(null, machine, 'audioinput')).toEqual({ deviceId: '', label: '', via: 'default', missing: false });
  });
});

describe('what the desk does with the result', () => {
  it('re-saves a choice found by label under its new id', () => {
    const replugged = machine.map((d) => (d.deviceId === 'mic-jabra' ? { ...d, deviceId: 'mic-jabra-2' } : d));
    expect(renamedChoices(choices, resolveDevices(choices, replugged))).toEqual([{ role: 'microphone', choice: { id: 'mic-jabra-2', label: 'Jabra Evolve2 65' } }]);
    expect(renamedChoices(choices, resolveDevices(choices, machine))).toEqual([]);
  });

  it('reports the headset lost when the chosen headset is unplugged, and lists it for the banner', () => {
    const unplugged = machine.filter((d) => !d.label.includes('Jabra'));
    const resolved = resolveDevices(choices, unplugged);
    expect(missingRoles(resolved)).toEqual(['microphone', 'headset']);
    expect(deviceReport(resolved, unplugged, 'passed')).toEqual({ headsetPresent: false, microphonePresent: false, selfTest: 'passed' });
  });

  it('reports devices present when all is found, and no microphone when the machine has none at all', () => {
    expect(deviceReport(resolveDevices(choices, machine), machine, 'pending')).toEqual({ headsetPresent: true, microphonePresent: true, selfTest: 'pending' });
    const none: DeviceChoices = { microphone: null, headset: null, ringer: null };
    const outputsOnly = machine.filter((d) => d.kind === 'audiooutput');
    expect(deviceReport(resolveDevices(none, outputsOnly), outputsOnly, 'pending')).toMatchObject({ headsetPresent: true, microphonePresent: false });
  });

  it('knows when Chromium hides labels (no microphone permission yet)', () => {
    expect(labelsKnown([{ kind: 'audioinput', deviceId: '', label: '' }])).toBe(false);
    expect(labelsKnown(machine)).toBe(true);
  });
});
