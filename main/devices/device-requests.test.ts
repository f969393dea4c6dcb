/** The core's device requests over a real contract link: choices read from and saved to settings, reports passed to the agent. */
import { describe, expect, it, vi } from 'vitest';
import type { DeviceChoices, DeviceReport } from '../../shared/contract/devices.js';
import { createCarrierPair } from '../../shared/messaging/carrier.js';
import { createCoreSideLink, createRendererSideLink } from '../../shared/messaging/links.js';
import { silentLogger } from '../core/logger.js';
import { DeskSettingsService } from '../settings/desk-settings-service.js';
import { serveDeviceRequests } from './device-requests.js';

const jabra = { id: 'out-1', label: 'Jabra Evolve2 65' };

function connect(raw: Record<string, unknown>, policy: Record<string, unknown> = {}) {
  const file = structuredClone(raw);
  const settings = new DeskSettingsService(
    { readAll: () => file, set: (key, value) => void (file[key] = value), location: 'memory' },
    silentLogger,
    { values: policy, problems: [], location: 'policy' },
  );
  const reports: DeviceReport[] = [];
  const broadcasts: DeviceChoices[] = [];
  const [coreCarrier, rendererCarrier] = createCarrierPair();
  const core = createCoreSideLink(coreCarrier, { onRejected: vi.fn(), onHandlerError: vi.fn() });
  serveDeviceRequests(core, { settings, agent: { devicesReported: (r) => reports.push(r) }, broadcast: (c) => broadcasts.push(c), log: silentLogger });
  return { renderer: createRendererSideLink(rendererCarrier), settings, file, reports, broadcasts };
}

describe('device requests', () => {
  it('reads the choices from settings; a malformed one counts as the default and is reported for IT', async () => {
    const { renderer, settings } = connect({ devices: { headset: jabra, ringer: { id: 7 } } });
    expect(await renderer.request('devices.getChoices', {})).toEqual({ ok: true, value: { microphone: null, headset: jabra, ringer: null } });
    expect(settings.snapshot().ignored.map((i) => i.path)).toEqual(['devices.ringer']);
  });

  it('saves a choice in the settings file and tells every window', async () => {
    const { renderer, file, broadcasts, settings } = connect({});
    expect((await renderer.request('devices.setChoice', { role: 'headset', choice: jabra })).ok).toBe(true);
    expect(file['devices.headset']).toEqual(jabra);
    expect(settings.current.devices.headset).toEqual(jabra);
    expect(broadcasts).toEqual([{ microphone: null, headset: jabra, ringer: null }]);
    await renderer.request('devices.setChoice', { role: 'headset', choice: null });
    expect(file['devices.headset']).toBeNull();
  });

  it('refuses to change a device IT fixed in the machine policy', async () => {
    const { renderer, file } = connect({}, { devices: { headset: jabra } });
    const result = await renderer.request('devices.setChoice', { role: 'headset', choice: { id: 'other', label: 'Speakers' } });
    expect(result).toEqual({ ok: false, error: { code: 'lockedByPolicy', messageKey: 'settings.errors.lockedByPolicy' } });
    expect(file).toEqual({});
  });

  it('passes the renderer\'s device report to the agent', async () => {
    const { renderer, reports } = connect({});
    const report = { headsetPresent: false, microphonePresent: true, selfTest: 'pending' } as const;
    await renderer.request('media.reportDevices', report);
    expect(reports).toEqual([report]);
  });
});
