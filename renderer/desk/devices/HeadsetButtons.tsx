/** The device check's part about headset buttons: which headset answers calls, and the way to connect one. */
import { useTranslation } from 'react-i18next';
import { connectHeadsetButtons, useHeadsetButtons } from '../../media/hid/hid-headset.js';

export function HeadsetButtons() {
  const { t } = useTranslation();
  const supported = useHeadsetButtons((state) => state.supported);
  const connected = useHeadsetButtons((state) => state.connected);
  return (
    <div className="device-check__row" data-testid="headset-buttons" data-connected={connected !== null}>
      <span>
        <strong>{t('devices.hid.title')}:</strong>{' '}
        {!supported ? t('devices.hid.unsupported') : connected ? t('devices.hid.connected', { name: connected }) : t('devices.hid.none')}
      </span>
      {supported && !connected && (
        <button type="button" className="button button--quiet" onClick={() => void connectHeadsetButtons().catch(() => undefined)}>
          {t('devices.hid.connect')}
        </button>
      )}
    </div>
  );
}
