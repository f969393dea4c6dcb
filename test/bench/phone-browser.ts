/**
 * The browser side of the phone benchmarks: Debian's Chromium with a fake microphone that never
 * pauses, and the plain sip.js callee page (plain-callee-page.ts) served on 127.0.0.1.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH } from '../e2e/harness/chromium.js';

const plainCalleeHtml = '<!doctype html><meta charset="utf-8"><title>plain sip.js callee</title><p id="status" data-state="connecting"></p><button id="answer" type="button">Answer</button><audio id="remote-audio" autoplay></audio><script type="module" src="./plain-callee.js"></script>';

/** Serves the plain callee on 127.0.0.1 (a secure context for getUserMedia), apart from the product's server. */
export async function servePlainCallee(root: string): Promise<{ url: string; stop(): Promise<void> }> {
  const bundled = await build({
    entryPoints: [join(root, 'test/bench/plain-callee-page.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
    absWorkingDir: root,
  });
  const script = bundled.outputFiles[0]!.text;
  const server = createServer((request, response) => {
    const isScript = request.url?.startsWith('/plain-callee.js') ?? false;
    response.writeHead(200, { 'content-type': isScript ? 'text/javascript' : 'text/html' });
    response.end(isScript ? script : plainCalleeHtml);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * A steady 440 Hz tone, 2 s, 48 kHz mono: the fake microphone of the agent's and the plain callee's
 * pages. A recording with pauses would be caught at a random point and a pause counts as "no audio".
 */
function toneWav(): Buffer {
  const rate = 48_000;
  const samples = rate * 2;
  const wav = Buffer.alloc(44 + samples * 2);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write('WAVEfmt ', 8, 'ascii');
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20);
  wav.writeUInt16LE(1, 22);
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i += 1) wav.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / rate)), 44 + i * 2);
  return wav;
}

/** The e2e tests' Chromium flags, with a fake microphone that never pauses (toneWav, written to `dir`). */
export async function launchBenchChromium(dir: string): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium is missing at ${CHROMIUM_PATH}: run \`npm run setup\``);
  const microphone = join(dir, 'tone.wav');
  writeFileSync(microphone, toneWav());
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
      `--use-file-for-fake-audio-capture=${microphone}`,
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
}
