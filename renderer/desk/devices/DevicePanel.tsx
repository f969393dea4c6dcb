/** "Audio devices" at the side of the desk: where sound goes now, the last check, and the way to the check screen. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { deviceRoles } from '../../media/devices/device-matching.js';
import { openDeviceCheck, useDevices } from '../../media/devices/device-store.js';
import { deviceName } from './device-names.js';

export function DevicePanel() {
  const { t } = useTranslation();
  const resolved = useDevices((state) => state.resolved);
  const selfTest = useDevices((state) => state.selfTest);
  const titleId = useId();
  return (
    <section className="side-panel device-panel" data-testid="device-panel" aria-labelledby={titleId}>
      <h2 id={titleId} className="side-panel__title">
        {t('devices.title')}
      </h2>
      <dl className="device-panel__list">
        {deviceRoles.map((role) => (
          <div key={role} className="device-panel__row">
            <dt>{t(`devices.role.${role}`)}</dt>
            <dd data-testid={`device-current-${role}`}>{deviceName(t, resolved?.[role])}</dd>
          </div>
        ))}
      </dl>
      <p className={`device-panel__check device-panel__check--${selfTest}`} data-testid="device-check-state" data-state={selfTest}>
        {t(`devices.check.${selfTest}`)}
      </p>
      <button type="button" className="button button--quiet" onClick={() => openDeviceCheck()} data-testid="devices-open">
        {t('devices.open')}
      </button>
    </section>
  );
}
