/**
 * Reads a headset's input reports into button events and writes the LED output report, using the
 * layout from telephony-layout.ts. Knows the hook switch, phone mute and flash, and the off-hook,
 * mute and ring LEDs; any other usage is left alone (written as 0).
 */
import type { ReportLayout, TelephonyLayout } from './telephony-layout.js';
import { ledUsages, telephonyUsages } from './webhid-types.js';

export type HeadsetEvent =
  /** Absolute hook switch: the headset says where its hook is now. */
  | { type: 'hook'; offHook: boolean }
  /** Relative hook switch: the call button was pressed. */
  | { type: 'hookPressed' }
  | { type: 'mutePressed' }
  | { type: 'flash' };

export interface LedState {
  offHook: boolean;
  mute: boolean;
  ring: boolean;
}

function readBits(data: DataView, bitOffset: number, bitSize: number): number {
  let value = 0;
  for (let i = 0; i < bitSize; i += 1) {
    const bit = bitOffset + i;
    const byte = bit >> 3;
    if (byte >= data.byteLength) break;
    if ((data.getUint8(byte) >> (bit & 7)) & 1) value += 2 ** i;
  }
  return value;
}

function writeBits(bytes: Uint8Array, bitOffset: number, bitSize: number, value: number): void {
  for (let i = 0; i < bitSize; i += 1) {
    const bit = bitOffset + i;
    if (Math.floor(value / 2 ** i) % 2 === 1) bytes[bit >> 3]! |= 1 << (bit & 7);
  }
}

/** Each known usage's value in one report; array fields give 1 for each usage they list. */
export function readUsages(layout: ReportLayout, data: DataView): Map<number, number> {
  const values = new Map<number, number>();
  for (const field of layout.variables) values.set(field.usage, readBits(data, field.bitOffset, field.bitSize));
  for (const field of layout.arrays) {
    for (const usage of field.usages) if (!values.has(usage)) values.set(usage, 0);
    const listed = field.usages[readBits(data, field.bitOffset, field.bitSize) - field.logicalMinimum];
    if (listed !== undefined) values.set(listed, 1);
  }
  return values;
}

/**
 * Turns reports into events. A headset repeats every button's state in each report, so only
 * changes count: a press is a 0 -> 1 edge, and an absolute hook switch counts when it moves.
 */
export function createReportReader(layout: TelephonyLayout): (reportId: number, data: DataView) => HeadsetEvent[] {
  const last = new Map<number, number>();
  const absoluteHook = layout.inputs.some((report) => report.variables.some((f) => f.usage === telephonyUsages.hookSwitch && f.isAbsolute));
  return (reportId, data) => {
    const report = layout.inputs.find((candidate) => candidate.reportId === reportId);
    if (!report) return [];
    const events: HeadsetEvent[] = [];
    for (const [usage, value] of readUsages(report, data)) {
      const before = last.get(usage) ?? 0;
      last.set(usage, value);
      if (value === before) continue;
      const pressed = before === 0 && value !== 0;
      if (usage === telephonyUsages.hookSwitch) {
        if (absoluteHook) events.push({ type: 'hook', offHook: value !== 0 });
        else if (pressed) events.push({ type: 'hookPressed' });
      } else if (usage === telephonyUsages.phoneMute && pressed) events.push({ type: 'mutePressed' });
      else if (usage === telephonyUsages.flash && pressed) events.push({ type: 'flash' });
    }
    return events;
  };
}

/** The output report that carries the off-hook LED (where a headset takes its call state), with the others set too. */
export function ledReport(layout: TelephonyLayout, leds: LedState): { reportId: number; data: Uint8Array<ArrayBuffer> } | null {
  const wanted = new Map([
    [ledUsages.offHook, leds.offHook],
    [ledUsages.mute, leds.mute],
    [ledUsages.ring, leds.ring],
  ]);
  const report = layout.outputs.find((r) => r.variables.some((f) => f.usage === ledUsages.offHook)) ?? layout.outputs.find((r) => r.variables.some((f) => wanted.has(f.usage)));
  if (!report) return null;
  const data = new Uint8Array(report.byteLength);
  for (const field of report.variables) if (wanted.get(field.usage)) writeBits(data, field.bitOffset, field.bitSize, 1);
  return { reportId: report.reportId, data };
}
