/**
 * The part of WebHID the desk uses (TypeScript's DOM types do not include it). Usages are
 * "extended": the usage page in the high 16 bits, the usage id in the low 16.
 */
export interface HIDReportItem {
  isAbsolute: boolean;
  isArray: boolean;
  isConstant: boolean;
  isRange: boolean;
  usages: number[];
  usageMinimum: number;
  usageMaximum: number;
  reportSize: number;
  reportCount: number;
  logicalMinimum: number;
  logicalMaximum: number;
}

export interface HIDReportInfo {
  reportId: number;
  items: HIDReportItem[];
}

export interface HIDCollectionInfo {
  usagePage: number;
  usage: number;
  children: HIDCollectionInfo[];
  inputReports: HIDReportInfo[];
  outputReports: HIDReportInfo[];
}

export interface HIDInputReportEvent extends Event {
  readonly device: HIDDevice;
  readonly reportId: number;
  readonly data: DataView;
}

export interface HIDDevice extends EventTarget {
  readonly opened: boolean;
  readonly productName: string;
  readonly vendorId: number;
  readonly productId: number;
  readonly collections: HIDCollectionInfo[];
  open(): Promise<void>;
  close(): Promise<void>;
  sendReport(reportId: number, data: BufferSource): Promise<void>;
}

export interface HID extends EventTarget {
  getDevices(): Promise<HIDDevice[]>;
  requestDevice(options: { filters: { usagePage?: number; usage?: number }[] }): Promise<HIDDevice[]>;
}

export { TELEPHONY_PAGE } from '../../../shared/contract/devices.js';
import { TELEPHONY_PAGE } from '../../../shared/contract/devices.js';
export const LED_PAGE = 0x08;
export const usage = (page: number, id: number): number => ((page << 16) | id) >>> 0;

export const telephonyUsages = {
  hookSwitch: usage(TELEPHONY_PAGE, 0x20),
  flash: usage(TELEPHONY_PAGE, 0x21),
  phoneMute: usage(TELEPHONY_PAGE, 0x2f),
} as const;

export const ledUsages = {
  mute: usage(LED_PAGE, 0x09),
  offHook: usage(LED_PAGE, 0x17),
  ring: usage(LED_PAGE, 0x18),
} as const;
