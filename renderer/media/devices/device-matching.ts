/**
 * Finds the agent's chosen devices among those on the machine: by id, then by label (Chromium
 * may give a device a new id after a replug or reboot), else the system default, marked missing
 * so the desk can say so. Pure, so every case is a unit test.
 */
import { deviceRoleSchema, type DeviceChoice, type DeviceChoices, type DeviceReport, type DeviceRole, type SelfTestResult } from '../../../shared/contract/index.js';

export interface AudioDevice {
  kind: 'audioinput' | 'audiooutput';
  deviceId: string;
  label: string;
}

/** `deviceId` '' is the system default, for getUserMedia and setSinkId alike. */
export interface ResolvedDevice {
  deviceId: string;
  label: string;
  via: 'id' | 'label' | 'default';
  /** A device was chosen and is not on the machine: its sound goes to the default instead. */
  missing: boolean;
}

export type ResolvedDevices = Record<DeviceRole, ResolvedDevice>;

export const roleKind: Record<DeviceRole, AudioDevice['kind']> = { microphone: 'audioinput', headset: 'audiooutput', ringer: 'audiooutput' };

export const deviceRoles: readonly DeviceRole[] = deviceRoleSchema.options;

/** Chromium's own "default" entry follows the OS default, so it is not a device to choose. */
const isSystemDefault = (device: AudioDevice) => device.deviceId === 'default' || device.deviceId === '';

export function choosable(devices: readonly AudioDevice[], kind: AudioDevice['kind']): AudioDevice[] {
  return devices.filter((device) => device.kind === kind && !isSystemDefault(device));
}

export function resolveDevice(choice: DeviceChoice | null, devices: readonly AudioDevice[], kind: AudioDevice['kind']): ResolvedDevice {
  const systemDefault: ResolvedDevice = { deviceId: '', label: '', via: 'default', missing: false };
  if (!choice) return systemDefault;
  const candidates = choosable(devices, kind);
  const byId = candidates.find((device) => device.deviceId === choice.id);
  if (byId) return { deviceId: byId.deviceId, label: byId.label, via: 'id', missing: false };
  const byLabel = choice.label === '' ? undefined : candidates.find((device) => device.label === choice.label);
  if (byLabel) return { deviceId: byLabel.deviceId, label: byLabel.label, via: 'label', missing: false };
  return { ...systemDefault, label: choice.label, missing: true };
}

export function resolveDevices(choices: DeviceChoices, devices: readonly AudioDevice[]): ResolvedDevices {
  return Object.fromEntries(deviceRoles.map((role) => [role, resolveDevice(choices[role], devices, roleKind[role])])) as ResolvedDevices;
}

/** Choices found only by their label, with the id they have now: saved so the next look-up is by id. */
export function renamedChoices(choices: DeviceChoices, resolved: ResolvedDevices): { role: DeviceRole; choice: DeviceChoice }[] {
  return deviceRoles.flatMap((role) => {
    const found = resolved[role];
    return choices[role] && found.via === 'label' ? [{ role, choice: { id: found.deviceId, label: found.label } }] : [];
  });
}

/**
 * What the core needs to know. Chromium lists devices without labels until the page may use the
 * microphone; then nothing can be judged, and the caller must not report.
 */
export function deviceReport(resolved: ResolvedDevices, devices: readonly AudioDevice[], selfTest: SelfTestResult): DeviceReport {
  const any = (kind: AudioDevice['kind']) => devices.some((device) => device.kind === kind);
  return {
    headsetPresent: !resolved.headset.missing && any('audiooutput'),
    microphonePresent: !resolved.microphone.missing && any('audioinput'),
    selfTest,
  };
}

export const labelsKnown = (devices: readonly AudioDevice[]): boolean => devices.some((device) => device.label !== '');

export const missingRoles = (resolved: ResolvedDevices | null): DeviceRole[] => (resolved ? deviceRoles.filter((role) => resolved[role].missing) : []);
