/**
 * The headset's call buttons through WebHID: the first device with a telephony collection (one
 * granted before, or one the agent connects) drives answer, hang up, mute and flash, and gets its
 * LEDs set from the calls so the headset and the desk agree about hook, mute and ringing.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { RendererSideLink } from '../../../shared/messaging/links.js';
import { answerCall, hangUpCall, setCallHeld, setCallMuted } from '../../desk/desk-actions.js';
import type { PhoneReader, PhoneState } from '../../phone/index.js';
import { headsetAction, headsetLeds, type HeadsetAction } from './headset-actions.js';
import { telephonyLayout } from './telephony-layout.js';
import { createReportReader, ledReport } from './telephony-reports.js';
import { TELEPHONY_PAGE, type HID, type HIDDevice, type HIDInputReportEvent } from './webhid-types.js';

export const headsetButtonsStore = createStore<{ supported: boolean; connected: string | null }>(() => ({ supported: false, connected: null }));
export const useHeadsetButtons = <T>(selector: (state: { supported: boolean; connected: string | null }) => T): T => useStore(headsetButtonsStore, selector);

const webHid = (): HID | undefined => (navigator as Navigator & { hid?: HID }).hid;

function perform(link: RendererSideLink, action: HeadsetAction): Promise<void> {
  if (action.type === 'answer') return answerCall(link, action.callId);
  if (action.type === 'hangUp') return hangUpCall(link, action.callId);
  if (action.type === 'mute') return setCallMuted(link, action.callId, action.muted);
  return setCallHeld(link, action.callId, false);
}

let connectOne: ((device: HIDDevice) => Promise<void>) | undefined;

/** Asks the agent (the browser's or the app's chooser) for a headset; needs a click to call it. */
export async function connectHeadsetButtons(): Promise<void> {
  const chosen = await webHid()?.requestDevice({ filters: [{ usagePage: TELEPHONY_PAGE }] });
  const device = chosen?.[0];
  if (device && connectOne) await connectOne(device);
}

export function startHeadsetButtons(link: RendererSideLink, phone: PhoneReader, hid: HID | undefined = webHid()): { stop(): void } {
  headsetButtonsStore.setState({ supported: hid !== undefined });
  if (!hid) return { stop: () => undefined };
  let detach: (() => void) | undefined;
  let attached: HIDDevice | undefined;

  const attach = async (device: HIDDevice) => {
    const layout = telephonyLayout(device.collections);
    if (!layout || attached) return;
    if (!device.opened) await device.open();
    attached = device;
    const read = createReportReader(layout);
    const onReport = (event: Event) => {
      const { reportId, data } = event as HIDInputReportEvent;
      for (const headsetEvent of read(reportId, data)) {
        const action = headsetAction(headsetEvent, phone.getState());
        if (action) void perform(link, action);
      }
    };
    let lastLeds = '';
    const echoLeds = (state: PhoneState) => {
      const leds = headsetLeds(state);
      const report = ledReport(layout, leds);
      const key = JSON.stringify(leds);
      if (!report || key === lastLeds) return;
      lastLeds = key;
      device.sendReport(report.reportId, report.data).catch((error: unknown) => console.warn('[hid] LED report not sent', error));
    };
    device.addEventListener('inputreport', onReport);
    const unsubscribe = phone.subscribe(echoLeds);
    echoLeds(phone.getState());
    headsetButtonsStore.setState({ connected: device.productName || 'headset' });
    detach = () => {
      device.removeEventListener('inputreport', onReport);
      unsubscribe();
      attached = undefined;
      detach = undefined;
      headsetButtonsStore.setState({ connected: null });
    };
  };
  connectOne = attach;

  const onDisconnect = (event: Event) => {
    if ((event as Event & { device?: HIDDevice }).device === attached) detach?.();
  };
  const onConnect = (event: Event) => {
    const device = (event as Event & { device?: HIDDevice }).device;
    if (device) void attach(device).catch((error: unknown) => console.warn('[hid] headset not opened', error));
  };
  hid.addEventListener('disconnect', onDisconnect);
  hid.addEventListener('connect', onConnect);
  void hid.getDevices().then(async (devices) => {
    for (const device of devices) await attach(device).catch((error: unknown) => console.warn('[hid] headset not opened', error));
  });

  return {
    stop() {
      hid.removeEventListener('disconnect', onDisconnect);
      hid.removeEventListener('connect', onConnect);
      detach?.();
      connectOne = undefined;
    },
  };
}
