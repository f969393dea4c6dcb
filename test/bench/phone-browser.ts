/**
 * The browser side of the phone benchmarks: Debian's Chromium with a fake microphone that never
 * pauses, and the plain sip.js callee page (plain-callee-page.ts) served on 127.0.0.1.
 */
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { toneCycle, wavFile } from '../../renderer/media/tones.js';
import { launchChromium } from '../e2e/harness/chromium.js';

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
 * A steady 440 Hz tone, 2 s (880 whole periods, so it loops without a seam), 48 kHz: the fake
 * microphone of the agent's and the plain callee's pages. A recording with pauses would be caught
 * at a random point and a pause counts as "no audio".
 */
const steadyTone = () => wavFile(toneCycle(2, [{ at: 0, burst: { seconds: 2, frequency: 440, level: 0.25, fadeSeconds: 0 } }], 48_000), 48_000);

/** The e2e tests' Chromium, with a fake microphone that never pauses (steadyTone, written to `dir`). */
export async function launchBenchChromium(dir: string): Promise<Browser> {
  const microphoneFile = join(dir, 'tone.wav');
  writeFileSync(microphoneFile, Buffer.from(steadyTone()));
  return launchChromium({ microphoneFile });
}
