/** Headset reports (synthetic Jabra-like and Poly-like devices) read into button events, and the LED report written back. */
import { describe, expect, it } from 'vitest';
import { bytes, jabraLike, jabraReports, keyboard, polyLike, polyReports } from './headset-fixtures.js';
import { telephonyLayout } from './telephony-layout.js';
import { createReportReader, ledReport, readUsages } from './telephony-reports.js';
import { telephonyUsages } from './webhid-types.js';

const layoutOf = (collections: typeof jabraLike) => {
  const layout = telephonyLayout(collections);
  if (!layout) throw new Error('no telephony collection');
  return layout;
};

describe('telephony layout', () => {
  it('finds the telephony reports and skips other collections, even nested under a vendor collection', () => {
    const jabra = layoutOf(jabraLike);
    expect(jabra.inputs.map((r) => r.reportId)).toEqual([2]);
    expect(jabra.inputs[0]!.variables.map((f) => [f.usage.toString(16), f.bitOffset, f.isAbsolute])).toEqual([
      ['b0020', 0, true],
      ['b002f', 1, false],
      ['b0021', 2, false],
    ]);
    expect(layoutOf(polyLike).inputs[0]).toMatchObject({ reportId: 3, byteLength: 2, arrays: [{ bitOffset: 9, bitSize: 2, logicalMinimum: 1 }] });
  });

  it('says a device without a telephony collection is no headset', () => {
    expect(telephonyLayout(keyboard)).toBeNull();
  });

  it('reads array fields as the usage they list', () => {
    const poly = layoutOf(polyLike).inputs[0]!;
    expect(readUsages(poly, bytes(polyReports.mutePressed)).get(telephonyUsages.phoneMute)).toBe(1);
    expect(readUsages(poly, bytes(polyReports.mutePressed)).get(telephonyUsages.flash)).toBe(0);
    expect(readUsages(poly, bytes(polyReports.flashPressed)).get(telephonyUsages.flash)).toBe(1);
  });
});

describe('input reports to events', () => {
  it('Jabra-like: the absolute hook switch says where the hook is; mute and flash count once per press', () => {
    const read = createReportReader(layoutOf(jabraLike));
    expect(read(2, bytes(jabraReports.offHook))).toEqual([{ type: 'hook', offHook: true }]);
    expect(read(2, bytes(jabraReports.offHookMutePressed))).toEqual([{ type: 'mutePressed' }]);
    expect(read(2, bytes(jabraReports.offHookMuteReleased))).toEqual([]);
    expect(read(2, bytes(jabraReports.offHookFlash))).toEqual([{ type: 'flash' }]);
    expect(read(2, bytes(jabraReports.onHook))).toEqual([{ type: 'hook', offHook: false }]);
    // Another collection's report (volume keys) means nothing here.
    expect(read(1, bytes([0x01]))).toEqual([]);
  });

  it('Poly-like: the relative hook button is a press; the key array gives flash and mute', () => {
    const read = createReportReader(layoutOf(polyLike));
    expect(read(3, bytes(polyReports.hookPressed))).toEqual([{ type: 'hookPressed' }]);
    expect(read(3, bytes(polyReports.hookReleased))).toEqual([]);
    expect(read(3, bytes(polyReports.flashPressed))).toEqual([{ type: 'flash' }]);
    expect(read(3, bytes(polyReports.mutePressed))).toEqual([{ type: 'mutePressed' }]);
    expect(read(3, bytes(polyReports.keysReleased))).toEqual([]);
  });
});

describe('LED output report', () => {
  it('Jabra-like: off-hook, mute and ring bits in report 2', () => {
    const layout = layoutOf(jabraLike);
    expect(ledReport(layout, { offHook: true, mute: false, ring: false })).toEqual({ reportId: 2, data: Uint8Array.from([0x01]) });
    expect(ledReport(layout, { offHook: true, mute: true, ring: false })?.data).toEqual(Uint8Array.from([0x03]));
    expect(ledReport(layout, { offHook: false, mute: false, ring: true })?.data).toEqual(Uint8Array.from([0x04]));
  });

  it('Poly-like: the LEDs after the vendor byte, in the descriptor\'s order', () => {
    const layout = layoutOf(polyLike);
    expect(ledReport(layout, { offHook: true, mute: false, ring: false })).toEqual({ reportId: 3, data: Uint8Array.from([0x00, 0x04]) });
    expect(ledReport(layout, { offHook: false, mute: true, ring: true })?.data).toEqual(Uint8Array.from([0x00, 0x03]));
  });
});
