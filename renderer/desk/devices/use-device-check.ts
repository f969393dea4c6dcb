/**
 * The device check while its screen is open: the chosen microphone's live level, whether it
 * delivered signal, and the verdict (passed once it did and the chosen outputs exist; failed after
 * a while of silence), stored where the device monitor reports it to the core.
 */
import { useEffect, useState } from 'react';
import { deviceStore, useDevices } from '../../media/devices/device-store.js';
import { openLevelMeter, SIGNAL_THRESHOLD, type LevelMeter } from '../../media/devices/microphone-level.js';

/** A dead microphone is told apart from a quiet room well within this. */
const SILENCE_VERDICT_MS = 10_000;

export interface DeviceCheck {
  /** Live RMS level, 0 to 1. */
  level: number;
  heard: boolean;
  outputsPresent: boolean;
  /** The microphone could not be opened at all. */
  micError: boolean;
}

export function useDeviceCheck(open: boolean): DeviceCheck {
  const micId = useDevices((state) => state.resolved?.microphone.deviceId);
  const outputsPresent = useDevices(
    (state) => !!state.resolved && !state.resolved.headset.missing && !state.resolved.microphone.missing && state.devices.some((d) => d.kind === 'audiooutput'),
  );
  const [level, setLevel] = useState(0);
  const [heard, setHeard] = useState(false);
  const [micError, setMicError] = useState(false);

  useEffect(() => {
    if (!open || micId === undefined) return;
    let cancelled = false;
    let meter: LevelMeter | undefined;
    let timer: ReturnType<typeof setInterval> | undefined;
    setHeard(false);
    setMicError(false);
    const startedAt = performance.now();
    void openLevelMeter(micId).then(
      (opened) => {
        if (cancelled) return opened.stop();
        meter = opened;
        timer = setInterval(() => {
          const now = opened.level();
          setLevel(now);
          if (now > SIGNAL_THRESHOLD) setHeard(true);
          else if (performance.now() - startedAt > SILENCE_VERDICT_MS && deviceStore.getState().selfTest !== 'passed') deviceStore.setState({ selfTest: 'failed' });
        }, 100);
      },
      () => !cancelled && setMicError(true),
    );
    return () => {
      cancelled = true;
      clearInterval(timer);
      meter?.stop();
    };
  }, [open, micId]);

  useEffect(() => {
    if (open && heard && outputsPresent) deviceStore.setState({ selfTest: 'passed' });
  }, [open, heard, outputsPresent]);

  return { level, heard, outputsPresent, micError };
}
