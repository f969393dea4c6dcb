/**
 * Synthetic test headsets, shaped like what WebHID reports for common office headsets (a
 * Jabra-like one with an absolute hook switch, a Poly-like one with a relative hook button and
 * an array of telephony keys), with input reports as the byte arrays such devices send. Made up
 * for the tests from the HID Usage Tables; not recorded from a real device.
 */
import type { HIDCollectionInfo, HIDReportItem } from './webhid-types.js';
import { LED_PAGE, TELEPHONY_PAGE, usage } from './webhid-types.js';

const item = (overrides: Partial<HIDReportItem>): HIDReportItem => ({
  isAbsolute: true,
  isArray: false,
  isConstant: false,
  isRange: false,
  usages: [],
  usageMinimum: 0,
  usageMaximum: 0,
  reportSize: 1,
  reportCount: 1,
  logicalMinimum: 0,
  logicalMaximum: 1,
  ...overrides,
});
const padding = (bits: number) => item({ isConstant: true, reportSize: bits });
const tel = (id: number) => usage(TELEPHONY_PAGE, id);
const led = (id: number) => usage(LED_PAGE, id);

/** Report 2 in: hook switch (absolute), phone mute, flash, 5 bits padding. Report 2 out: off-hook, mute, ring LEDs. */
export const jabraLike: HIDCollectionInfo[] = [
  {
    usagePage: 0x0c,
    usage: 0x01,
    children: [],
    inputReports: [{ reportId: 1, items: [item({ usages: [usage(0x0c, 0xe9), usage(0x0c, 0xea)], reportCount: 2, isAbsolute: false }), padding(6)] }],
    outputReports: [],
  },
  {
    usagePage: TELEPHONY_PAGE,
    usage: 0x05,
    children: [],
    inputReports: [
      {
        reportId: 2,
        items: [item({ usages: [tel(0x20)] }), item({ usages: [tel(0x2f)], isAbsolute: false }), item({ usages: [tel(0x21)], isAbsolute: false }), padding(5)],
      },
    ],
    outputReports: [{ reportId: 2, items: [item({ usages: [led(0x17), led(0x09), led(0x18)], reportCount: 3 }), padding(5)] }],
  },
];

/** Bytes after the report id, as WebHID's inputreport event carries them. */
export const jabraReports = {
  offHook: [0x01],
  offHookMutePressed: [0x03],
  offHookMuteReleased: [0x01],
  offHookFlash: [0x05],
  onHook: [0x00],
};

/**
 * Report 3 in: a vendor byte, then the hook button (relative), then a 2-bit array of telephony
 * keys (1 = flash, 2 = phone mute, 0 = none), 5 bits padding. Report 3 out: a vendor byte, then
 * ring, mute and off-hook LEDs as a range (0x18 first, unusual but allowed: order is the descriptor's).
 */
export const polyLike: HIDCollectionInfo[] = [
  {
    usagePage: 0xff00,
    usage: 0x01,
    children: [
      {
        usagePage: TELEPHONY_PAGE,
        usage: 0x05,
        children: [],
        inputReports: [
          {
            reportId: 3,
            items: [
              item({ usages: [usage(0xff00, 0x10)], reportSize: 8 }),
              item({ usages: [tel(0x20)], isAbsolute: false }),
              item({ isArray: true, usages: [tel(0x21), tel(0x2f)], reportSize: 2, logicalMinimum: 1, logicalMaximum: 2 }),
              padding(5),
            ],
          },
        ],
        outputReports: [
          {
            reportId: 3,
            items: [item({ usages: [usage(0xff00, 0x11)], reportSize: 8 }), item({ usages: [led(0x18), led(0x09), led(0x17)], reportCount: 3 }), padding(5)],
          },
        ],
      },
    ],
    inputReports: [],
    outputReports: [],
  },
];

export const polyReports = {
  hookPressed: [0x7f, 0x01],
  hookReleased: [0x7f, 0x00],
  flashPressed: [0x7f, 0x02],
  mutePressed: [0x7f, 0x04],
  keysReleased: [0x7f, 0x00],
};

/** A keyboard: no telephony collection at all. */
export const keyboard: HIDCollectionInfo[] = [{ usagePage: 0x01, usage: 0x06, children: [], inputReports: [], outputReports: [] }];

export const bytes = (values: number[]): DataView => new DataView(Uint8Array.from(values).buffer);
