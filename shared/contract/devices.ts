/**
 * The agent's audio devices: the choices the core keeps in settings (by id and by label, since an
 * id can change after a replug or reboot), and what the renderer finds on the machine, which
 * decides whether the agent may be Ready.
 */
import { z } from 'zod';
import { request } from './define.js';

export const deviceRoleSchema = z.enum(['microphone', 'headset', 'ringer']);

/** USB HID usage page of telephony devices (hook switch, phone mute, flash): what makes a headset a headset. */
export const TELEPHONY_PAGE = 0x0b;
export type DeviceRole = z.infer<typeof deviceRoleSchema>;

/** A device as chosen: the id Chromium gave it then, and its label to find it again when the id is gone. */
export const deviceChoiceSchema = z
  .object({
    id: z.string().max(500),
    label: z.string().max(500),
  })
  .strict();
export type DeviceChoice = z.infer<typeof deviceChoiceSchema>;

/** null: the system's default device. */
export const deviceChoicesSchema = z.object({
  microphone: deviceChoiceSchema.nullable(),
  headset: deviceChoiceSchema.nullable(),
  ringer: deviceChoiceSchema.nullable(),
});
export type DeviceChoices = z.infer<typeof deviceChoicesSchema>;

/**
 * `passed`: the microphone delivered signal and the chosen outputs exist; `failed`: a check ran
 * and heard nothing or missed a device; `pending`: no check finished since this page started.
 */
export const selfTestResultSchema = z.enum(['passed', 'failed', 'pending']);
export type SelfTestResult = z.infer<typeof selfTestResultSchema>;

export const deviceReportSchema = z
  .object({
    /** The chosen headset output (or, with none chosen, any output) is on the machine. */
    headsetPresent: z.boolean(),
    microphonePresent: z.boolean(),
    selfTest: selfTestResultSchema,
  })
  .strict();
export type DeviceReport = z.infer<typeof deviceReportSchema>;

export const devicesRequests = {
  'devices.getChoices': request(z.object({}).strict(), deviceChoicesSchema),
  /** Refused (`lockedByPolicy`) when IT fixed that device in the machine policy. */
  'devices.setChoice': request(z.object({ role: deviceRoleSchema, choice: deviceChoiceSchema.nullable() }).strict(), z.object({}).strict()),
  /** The renderer's media engine says what it found: at start, on every device change, after every check. */
  'media.reportDevices': request(deviceReportSchema, z.object({}).strict()),
};

export const devicesEvents = {
  /** Another window (or this one) saved a choice. */
  'devices.choicesChanged': deviceChoicesSchema,
};
