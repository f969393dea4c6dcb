/**
 * Debian's Chromium under Playwright, set up for WebRTC on loopback: fake devices, no sandbox
 * (root in CI), no background traffic. Must run inside the loopback-only network namespace that
 * `npm test` creates, or ICE would reach for the machine's other addresses.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { toneCycle, wavFile } from '../../../renderer/media/tones.js';

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

/**
 * A steady 440 Hz tone, 2 s (880 whole periods, so it loops without a seam), 48 kHz, written to a
 * new temporary folder: a fake microphone that never pauses, as a real one always delivers its
 * noise floor. Chromium's own fake microphone beeps briefly twice a second and is silent between,
 * so a check that samples the level can miss it on a busy machine, and timings land on a pause.
 */
export function writeSteadyToneMicrophone(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'careline-microphone-')), 'tone.wav');
  const tone = toneCycle(2, [{ at: 0, burst: { seconds: 2, frequency: 440, level: 0.25, fadeSeconds: 0 } }], 48_000);
  writeFileSync(file, Buffer.from(wavFile(tone, 48_000)));
  return file;
}
