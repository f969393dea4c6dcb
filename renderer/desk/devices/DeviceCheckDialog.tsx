/**
 * The device check screen: choose microphone, headset and ringer, hear a tone in the headset, see
 * the microphone's level. It passes when the microphone delivers signal and the outputs exist.
 * It opens by itself when the core refuses Ready for want of a check, and then makes the agent
 * Ready once the check has passed.
 */
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceRole } from '../../../shared/contract/index.js';
import { choosable, deviceRoles, roleKind } from '../../media/devices/device-matching.js';
import { closeDeviceCheck, deviceStore, openDeviceCheck, useDevices } from '../../media/devices/device-store.js';
import { playTestTone } from '../../media/devices/test-tone.js';
import { actionErrorStore, reportResult } from '../action-errors.js';
import { useLink } from '../link-context.js';
import { HeadsetButtons } from './HeadsetButtons.js';
import { useDeviceCheck } from './use-device-check.js';

export function DeviceCheckDialog() {
  const { t } = useTranslation();
  const link = useLink();
  const screen = useDevices((state) => state.checkScreen);
  const selfTest = useDevices((state) => state.selfTest);
  const check = useDeviceCheck(screen.open);
  const dialog = useRef<HTMLDialogElement>(null);
  const [tone, setTone] = useState<'idle' | 'played' | 'failed'>('idle');

  // Refused Ready for want of a check: open the check, then go Ready once it passes.
  useEffect(
    () => actionErrorStore.subscribe(({ error }) => error?.code === 'devicesUnchecked' && !deviceStore.getState().checkScreen.open && openDeviceCheck(true)),
    [],
  );

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (screen.open && !element.open) {
      element.showModal();
      setTone('idle');
    } else if (!screen.open && element.open) element.close();
  }, [screen.open]);

  const thenReady = screen.open && screen.thenReady;
  useEffect(() => {
    if (!thenReady || selfTest !== 'passed') return;
    void link.request('agent.setState', { state: 'ready' }).then((result) => {
      reportResult(result);
      if (result.ok) closeDeviceCheck();
    });
  }, [thenReady, selfTest, link]);

  const playTone = () => {
    const headset = deviceStore.getState().resolved?.headset.deviceId ?? '';
    playTestTone(headset).then(
      () => setTone('played'),
      () => setTone('failed'),
    );
  };
  useEffect(() => {
    if (screen.open) playTone();
  }, [screen.open]);

  const meterPercent = Math.min(100, Math.round((Math.max(0, 20 * Math.log10(check.level || 1e-6) + 80) / 80) * 100));
  return (
    <dialog ref={dialog} className="device-check" data-testid="device-check" aria-labelledby="device-check-title" onCancel={() => closeDeviceCheck()}>
      <h2 id="device-check-title" className="device-check__title">
        {t('devices.checkTitle')}
      </h2>
      {thenReady && <p className="device-check__intro">{t('devices.checkBeforeReady')}</p>}
      <div className="device-check__choices">
        {deviceRoles.map((role) => (
          <DeviceSelect key={role} role={role} />
        ))}
      </div>
      <div className="device-check__row">
        <button type="button" className="button button--quiet" onClick={playTone} data-testid="device-check-tone">
          {t('devices.playTone')}
        </button>
        <span data-testid="device-check-tone-state" data-state={tone}>
          {tone === 'idle' ? '' : t(`devices.tone.${tone}`)}
        </span>
      </div>
      <div className="device-check__row">
        <span>{t('devices.micLevel')}</span>
        <meter className="device-check__meter" min={0} max={100} value={meterPercent} data-testid="device-check-meter" aria-label={t('devices.micLevel')} />
      </div>
      {check.micError && <p className="device-check__problem">{t('devices.micError')}</p>}
      <p className={`device-check__verdict device-check__verdict--${selfTest}`} role="status" data-testid="device-check-verdict" data-state={check.outputsPresent ? selfTest : 'missing'}>
        {!check.outputsPresent ? t('devices.verdict.missing') : selfTest === 'passed' ? t('devices.verdict.passed') : selfTest === 'failed' ? t('devices.verdict.failed') : t('devices.verdict.listening')}
      </p>
      <HeadsetButtons />
      <div className="device-check__row device-check__row--end">
        <button type="button" className="button button--quiet" onClick={() => closeDeviceCheck()} data-testid="device-check-close">
          {t('devices.close')}
        </button>
      </div>
    </dialog>
  );
}

function DeviceSelect({ role }: { role: DeviceRole }) {
  const { t } = useTranslation();
  const link = useLink();
  const devices = useDevices((state) => state.devices);
  const resolved = useDevices((state) => state.resolved?.[role]);
  const options = choosable(devices, roleKind[role]);
  const choose = (event: ChangeEvent<HTMLSelectElement>) => {
    const device = options.find((d) => d.deviceId === event.target.value);
    const choice = device ? { id: device.deviceId, label: device.label } : null;
    void link.request('devices.setChoice', { role, choice }).then(reportResult);
  };
  return (
    <label className="device-check__choice">
      <span>{t(`devices.role.${role}`)}</span>
      <select value={resolved?.via === 'default' ? '' : (resolved?.deviceId ?? '')} onChange={choose} data-testid={`device-choice-${role}`}>
        <option value="">{t('devices.systemDefault')}</option>
        {options.map((device) => (
          <option key={device.deviceId} value={device.deviceId}>
            {device.label || t('devices.unnamed')}
          </option>
        ))}
      </select>
    </label>
  );
}
