/**
 * Says, above the calls, which chosen device is not on the machine and that its sound goes to the
 * system default meanwhile; a lost headset or microphone also explains why the agent is Not ready.
 */
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { missingRoles } from '../../media/devices/device-matching.js';
import { openDeviceCheck, useDevices } from '../../media/devices/device-store.js';

export function DeviceBanner() {
  const { t } = useTranslation();
  const missing = useDevices(useShallow((state) => missingRoles(state.resolved)));
  const resolved = useDevices((state) => state.resolved);
  if (missing.length === 0 || !resolved) return null;
  const blocksReady = missing.includes('headset') || missing.includes('microphone');
  return (
    <section className="notice notice--warning" role="alert" data-testid="device-banner" data-missing={missing.join(' ')}>
      <div className="notice__body">
        <h2 className="notice__title">{t('devices.banner.title')}</h2>
        <ul className="notice__list">
          {missing.map((role) => (
            <li key={role} data-testid={`device-missing-${role}`}>
              {t(`devices.banner.missing.${role}`, { label: resolved[role].label || t('devices.unnamed') })}
            </li>
          ))}
        </ul>
        {blocksReady && <p>{t('devices.banner.notReady')}</p>}
      </div>
      <button type="button" className="button button--quiet" onClick={() => openDeviceCheck()} data-testid="device-banner-choose">
        {t('devices.banner.choose')}
      </button>
    </section>
  );
}
