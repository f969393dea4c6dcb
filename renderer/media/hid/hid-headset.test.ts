/** A (fake) WebHID headset with the Jabra-like layout: its reports reach the core as call actions, and the calls light its LEDs. */
import { describe, expect, it, vi } from 'vitest';
import type { RendererSideLink } from '../../../shared/messaging/links.js';
import { createPhoneStore } from '../../phone/phone-store.js';
import { applyCall } from '../../phone/phone-state.js';
import { aCall } from '../../phone/test-fixtures.js';
import { headsetButtonsStore, startHeadsetButtons } from './hid-headset.js';
import { jabraLike, jabraReports } from './headset-fixtures.js';
import type { HID, HIDDevice } from './webhid-types.js';

function fakeHeadset() {
  const sent: number[][] = [];
  const device = Object.assign(new EventTarget(), {
    opened: false,
    productName: 'Test Headset',
    vendorId: 0x0b0e,
    productId: 0x0001,
    collections: jabraLike,
    open: vi.fn(async () => void (device.opened = true)),
    close: vi.fn(async () => undefined),
    sendReport: vi.fn(async (_reportId: number, data: BufferSource) => void sent.push([...new Uint8Array(data as ArrayBuffer)])),
  }) satisfies HIDDevice;
  const press = (data: number[]) => device.dispatchEvent(Object.assign(new Event('inputreport'), { device, reportId: 2, data: new DataView(Uint8Array.from(data).buffer) }));
  const hid = Object.assign(new EventTarget(), { getDevices: async () => [device], requestDevice: async () => [device] }) satisfies HID;
  return { device, hid, sent, press };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('WebHID headset', () => {
  it('answers the ringing call when the headset goes off hook, lights off-hook, and hangs up when it goes on hook', async () => {
    const { hid, sent, press } = fakeHeadset();
    const requests: [string, unknown][] = [];
    const link = { request: vi.fn(async (channel: string, body: unknown) => (requests.push([channel, body]), { ok: true, value: {} })) } as unknown as RendererSideLink;
    const phone = createPhoneStore();
    const buttons = startHeadsetButtons(link, phone, hid);
    await settle();
    expect(headsetButtonsStore.getState().connected).toBe('Test Headset');
    expect(sent).toEqual([[0x00]]);

    phone.setState((s) => applyCall(s, aCall('c1', 'ringing')));
    expect(sent.at(-1)).toEqual([0x04]);
    press(jabraReports.offHook);
    expect(requests).toEqual([['phone.answerCall', { callId: 'c1' }]]);

    phone.setState((s) => applyCall(s, aCall('c1', 'active')));
    expect(sent.at(-1)).toEqual([0x01]);
    press(jabraReports.offHookMutePressed);
    expect(requests.at(-1)).toEqual(['phone.muteCall', { callId: 'c1', muted: true }]);
    phone.setState((s) => applyCall(s, aCall('c1', 'active', { muted: true })));
    expect(sent.at(-1)).toEqual([0x03]);

    press(jabraReports.onHook);
    expect(requests.at(-1)).toEqual(['phone.hangUpCall', { callId: 'c1' }]);
    buttons.stop();
    expect(headsetButtonsStore.getState().connected).toBeNull();
  });
});
