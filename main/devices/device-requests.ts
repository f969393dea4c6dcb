/**
 * The core's side of the agent's audio devices: the choices kept in settings, and the renderer's
 * reports of what is on the machine, which the agent's state follows (headset lost, check passed).
 */
import type { DeviceChoices, DeviceReport } from '../../shared/contract/devices.js';
import type { CoreSideLink } from '../../shared/messaging/links.js';
import type { Logger } from '../core/logger.js';
import type { DeskSettingsService } from '../settings/desk-settings-service.js';

export interface DeviceServices {
  settings: DeskSettingsService;
  agent: { devicesReported(report: DeviceReport): void };
  /** Tells every window, so two windows never play to different headsets. */
  broadcast: (choices: DeviceChoices) => void;
  log: Logger;
}

export function serveDeviceRequests(link: CoreSideLink, { settings, agent, broadcast, log }: DeviceServices): void {
  link.handle('devices.getChoices', () => settings.current.devices);
  link.handle('devices.setChoice', ({ role, choice }) => {
    settings.setDevice(role, choice);
    broadcast(settings.current.devices);
    return {};
  });
  link.handle('media.reportDevices', (report) => {
    // Device labels stay out of the log: presence and the check's result are what support needs.
    log.info('audio devices', { ...report });
    agent.devicesReported(report);
    return {};
  });
}
