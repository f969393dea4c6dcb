/**
 * The benchmarked desk: the built dev host (`node dist/dev-host/cli.js`, as `npm start` runs it)
 * in its own process with its own data folder and settings, and the wire tap preloaded so the
 * bench knows when its SIP left (wire-tap-preload.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { copyRegister, type CachedRegister } from './datasets.js';

export interface WireEntry {
  /** Epoch ms on the desk's clock (the machine's). */
  at: number;
  /** The SIP start line, or "screenpop.callerIdentified" for the message to the page. */
  firstLine: string;
  callId: string | undefined;
}

export interface BenchDesk {
  url: string;
  wire(): WireEntry[];
  /** Warnings and errors the desk logged so far (its JSON lines). */
  problems(): string[];
  stop(): Promise<void>;
}

/** `register`: a cached PGlite register to copy in as the desk's database, instead of the desk's own demo data. */
export async function startBenchDesk(root: string, settings: Record<string, unknown>, register?: CachedRegister): Promise<BenchDesk> {
  const cli = join(root, 'dist/dev-host/cli.js');
  const preload = join(root, 'dist/bench/wire-tap-preload.js');
  for (const file of [cli, preload]) if (!existsSync(file)) throw new Error(`${file} is missing: the build did not run`);
  const dataDir = mkdtempSync(join(tmpdir(), 'careline-phone-bench-desk-'));
  const wireLog = join(dataDir, 'wire.jsonl');
  writeFileSync(join(dataDir, 'settings.json'), JSON.stringify(settings, null, 2));
  writeFileSync(wireLog, '');
  if (register) await copyRegister(register, join(dataDir, 'database'));
  const child = spawn(process.execPath, [cli], {
    env: { ...process.env, CARELINE_DATA_DIR: dataDir, CARELINE_PORT: '0', CARELINE_BENCH_WIRE_LOG: wireLog, NODE_OPTIONS: `--import=${pathToFileURL(preload).href}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.kill('SIGTERM');
      await exited;
      clearTimeout(force);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the desk did not start:\n${stderr.slice(-2000)}`)), 60_000);
    child.stdout.on('data', () => {
      const found = /Open (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout)?.[1];
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the desk exited:\n${stderr.slice(-2000)}`));
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return {
    url,
    wire: () => readFileSync(wireLog, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as WireEntry),
    problems: () => stderr.split('\n').filter((line) => /"level":"(warn|error)"/.test(line)),
    stop,
  };
}
