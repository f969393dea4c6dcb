/**
 * Where a headset's telephony buttons and LEDs sit in its reports, read from the report
 * descriptor's collections as WebHID hands them out: each item's fields in order, one usage per
 * field (variable items) or a list of usages whose index the field carries (array items).
 */
import { TELEPHONY_PAGE, type HIDCollectionInfo, type HIDReportInfo, type HIDReportItem } from './webhid-types.js';

export interface VariableField {
  usage: number;
  bitOffset: number;
  bitSize: number;
  /** A hook switch that reports its position (absolute) or a button press (relative). */
  isAbsolute: boolean;
}

export interface ArrayField {
  bitOffset: number;
  bitSize: number;
  /** The field holds `logicalMinimum + i` for `usages[i]`; any other value means none. */
  usages: number[];
  logicalMinimum: number;
}

export interface ReportLayout {
  reportId: number;
  byteLength: number;
  variables: VariableField[];
  arrays: ArrayField[];
}

export interface TelephonyLayout {
  inputs: ReportLayout[];
  outputs: ReportLayout[];
}

function itemUsages(item: HIDReportItem, count: number): number[] {
  if (item.isRange) return Array.from({ length: count }, (_, i) => Math.min(item.usageMinimum + i, item.usageMaximum));
  return Array.from({ length: count }, (_, i) => item.usages[Math.min(i, item.usages.length - 1)] ?? 0);
}

function reportLayout(report: HIDReportInfo): ReportLayout {
  const layout: ReportLayout = { reportId: report.reportId, byteLength: 0, variables: [], arrays: [] };
  let bitOffset = 0;
  for (const item of report.items) {
    const size = item.reportSize * item.reportCount;
    if (!item.isConstant && item.isArray) {
      const usages = item.isRange ? itemUsages(item, item.usageMaximum - item.usageMinimum + 1) : item.usages;
      for (let i = 0; i < item.reportCount; i += 1) {
        layout.arrays.push({ bitOffset: bitOffset + i * item.reportSize, bitSize: item.reportSize, usages, logicalMinimum: item.logicalMinimum });
      }
    } else if (!item.isConstant) {
      itemUsages(item, item.reportCount).forEach((usage, i) =>
        layout.variables.push({ usage, bitOffset: bitOffset + i * item.reportSize, bitSize: item.reportSize, isAbsolute: item.isAbsolute }),
      );
    }
    bitOffset += size;
  }
  layout.byteLength = Math.ceil(bitOffset / 8);
  return layout;
}

function telephonyCollections(collections: readonly HIDCollectionInfo[]): HIDCollectionInfo[] {
  return collections.flatMap((collection) => (collection.usagePage === TELEPHONY_PAGE ? [collection, ...descendants(collection)] : telephonyCollections(collection.children)));
}

const descendants = (collection: HIDCollectionInfo): HIDCollectionInfo[] => collection.children.flatMap((child) => [child, ...descendants(child)]);

/** The telephony reports of a device, or null when it has no telephony collection (not a headset). */
export function telephonyLayout(collections: readonly HIDCollectionInfo[]): TelephonyLayout | null {
  const found = telephonyCollections(collections);
  if (found.length === 0) return null;
  const mentions = (layout: ReportLayout) => layout.variables.length > 0 || layout.arrays.length > 0;
  return {
    inputs: found.flatMap((c) => c.inputReports.map(reportLayout)).filter(mentions),
    outputs: found.flatMap((c) => c.outputReports.map(reportLayout)).filter(mentions),
  };
}
