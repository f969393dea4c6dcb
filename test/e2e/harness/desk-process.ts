/**
 * Starts the built dev host (`node dist/dev-host/cli.js`) as its own process, the way `npm start`
 * does, with a fresh data folder and the given settings file, and stops it afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(import.meta.dirname, '../../../dist/dev-host/cli.js');

export interface DeskProcess {
  url: string;
  dataDir: string;
  /** Everything the core logged, for diagnosis and for the privacy check. */
  log(): string;
  stop(): Promise<void>;
  /** SIGKILL, as a crash, then `between` (the folder is free), then a new process on the same data folder and settings. */
  killAndRestart(between?: () => Promise<void>): Promise<DeskProcess>;
}

/** `env`: added to the desk's environment (e.g. CARELINE_OFFICE_CLOCK). */
export async function startDeskProcess(settings: Record<string, unknown>, startTimeoutMs = 60_000, env: Record<string, string> = {}): Promise<DeskProcess> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\``);
  const dataDir = mkdtempSync(join(tmpdir(), 'careline-e2e-'));
  writeFileSync(join(dataDir, 'settings.json'), JSON.stringify(settings, null, 2));
  return runDeskProcess(dataDir, startTimeoutMs, env);
}

async function runDeskProcess(dataDir: string, startTimeoutMs: number, env: Record<string, string>): Promise<DeskProcess> {
  const child = spawn(process.execPath, [CLI], {
    env: { ...process.env, ...env, CARELINE_DATA_DIR: dataDir, CARELINE_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`dev host did not start:\n${output}`)), startTimeoutMs);
    child.stdout.on('data', () => {
      const found = /Open (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (found?.[1]) {
        clearTimeout(timer);
        resolveUrl(found[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`dev host exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    log: () => output,
    stop: async () => {
      await stopChild(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
    killAndRestart: async (between) => {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGKILL');
        await exited;
      }
      await between?.();
      return runDeskProcess(dataDir, startTimeoutMs, env);
    },
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill('SIGTERM');
  });
}
