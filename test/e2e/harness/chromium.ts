/**
 * Debian's Chromium under Playwright, set up for WebRTC on loopback: fake devices, no sandbox
 * (root in CI), no background traffic. Must run inside the loopback-only network namespace that
 * `npm test` creates, or ICE would reach for the machine's other addresses.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM_PATH = '/usr/lib/chromium/chromium';

export interface ChromiumOptions {
  /** A WAV file the fake microphone plays in a loop, instead of Chromium's beep. */
  microphoneFile?: string;
}

export async function launchChromium(options: ChromiumOptions = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium is missing at ${CHROMIUM_PATH}: run \`npm run setup\``);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--allow-loopback-in-peer-connection',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      ...(options.microphoneFile ? [`--use-file-for-fake-audio-capture=${options.microphoneFile}`] : []),
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
}
