/**
 * The browser side of the phone benchmarks: Debian's Chromium with a fake microphone that never
 * pauses, and the plain sip.js callee page (plain-callee-page.ts) served on 127.0.0.1.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { launchChromium, writeSteadyToneMicrophone } from '../e2e/harness/chromium.js';

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

/** The e2e tests' Chromium, with a fake microphone that never pauses (see writeSteadyToneMicrophone). */
export async function launchBenchChromium(): Promise<Browser> {
  return launchChromium({ microphoneFile: writeSteadyToneMicrophone() });
}
