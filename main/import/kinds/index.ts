/** Every kind the import knows, in the order they depend on each other (import top to bottom). */
import type { AnyImportKind } from '../import-kind.js';
import { careManagers } from './care-managers.js';
import { citizens } from './citizens.js';
import { decisions } from './decisions.js';
import { districts } from './districts.js';
import { feeBasis } from './fee-basis.js';
import { invoices } from './invoices.js';
import { oncallSchedules } from './oncall-schedules.js';
import { phoneNumbers } from './phone-numbers.js';
import { providers } from './providers.js';
import { relatives } from './relatives.js';

export const importKinds: readonly AnyImportKind[] = [
  districts,
  careManagers,
  providers,
  citizens,
  relatives,
  phoneNumbers,
  decisions,
  feeBasis,
  invoices,
  oncallSchedules,
];

export function findImportKind(name: string): AnyImportKind | undefined {
  return importKinds.find((kind) => kind.name === name);
}
