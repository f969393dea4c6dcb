/** How a device is named on screen: its label, or "system default" when none is chosen or it is gone. */
import type { TFunction } from 'i18next';
import type { ResolvedDevice } from '../../media/devices/device-matching.js';

export function deviceName(t: TFunction, device: ResolvedDevice | undefined): string {
  if (!device || device.via === 'default') return t('devices.systemDefault');
  return device.label || t('devices.unnamed');
}
