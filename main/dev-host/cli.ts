/**
 * `node dist/dev-host/cli.js`: the desk's core in plain Node, its renderer served to a browser.
 * Used by `npm start` where Electron's binary is missing, by the demo and by the end-to-end tests.
 * Settings: CARELINE_DATA_DIR (default: the XDG config folder) and CARELINE_PORT (default 4280).
 */
import Conf from 'conf';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDeskCore } from '../core/desk-core.js';
import { readMachinePolicy } from '../settings/machine-policy.js';
import { createJsonLogger } from '../core/logger.js';
import { confSettingsSource } from './conf-settings-source.js';
import { startDevHost, type DevHost } from './dev-host.js';

const defaultPort = 4280;
const stopTimeoutMs = 10_000;
const log = createJsonLogger();

function dataDirFromEnv(): string {
  if (process.env.CARELINE_DATA_DIR) return process.env.CARELINE_DATA_DIR;
  const configHome = process.env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(configHome, 'careline-desk-dev');
}

function portFromEnv(): number {
  const text = process.env.CARELINE_PORT;
  if (!text) return defaultPort;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`CARELINE_PORT must be a port number, not "${text}"`);
  return port;
}

async function listen(start: (port: number) => Promise<DevHost>, port: number): Promise<DevHost> {
  try {
    return await start(port);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    log.warn('port busy, using a free one', { port });
    return start(0);
  }
}

/**
 * For end-to-end tests of due dates: CARELINE_OFFICE_CLOCK, an ISO instant, is the time the office
 * calendar counts from (a Thursday before Easter, say). Nothing else in the desk sees it.
 */
function officeClockFromEnv(): (() => Date) | undefined {
  const text = process.env.CARELINE_OFFICE_CLOCK;
  if (!text) return undefined;
  const at = new Date(text);
  if (Number.isNaN(at.getTime())) {
    log.warn('CARELINE_OFFICE_CLOCK is not an ISO date and time; the real time applies');
    return undefined;
  }
  return () => new Date(at);
}

async function main(): Promise<void> {
  const dataDir = dataDirFromEnv();
  const port = portFromEnv();
  const settingsFile = join(dataDir, 'settings.json');
  const settings = confSettingsSource(
    () => new Conf<Record<string, unknown>>({ cwd: dataDir, configName: 'settings', configFileMode: 0o600 }),
    settingsFile,
  );
  const officeClock = officeClockFromEnv();
  const core = await startDeskCore({ dataDir, settings, policy: readMachinePolicy(), log, ...(officeClock ? { officeClock } : {}) });

  // The caller simulator is built next to the renderer only in a checkout (demo and tests).
  const callerSimulator = fileURLToPath(new URL('../caller-simulator/', import.meta.url));
  const extraRoots: Record<string, string> = existsSync(callerSimulator) ? { '/caller-simulator/': callerSimulator } : {};
  const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
  const host = await listen((p) => startDevHost({ core, rendererDir, port: p, extraRoots }), port);

  log.info('dev host started', { url: host.url });
  process.stdout.write(`Careline Desk is running. Open ${host.url} in Chromium.\n`);
  process.stdout.write(`Settings file: ${settingsFile}\n`);
  if (extraRoots['/caller-simulator/']) process.stdout.write(`Caller simulator: ${host.url}caller-simulator/\n`);
  process.stdout.write('Press Ctrl+C to stop.\n');

  let stopping = false;
  // Ctrl+C reaches npm, the start script and this process alike, so repeats are expected and
  // ignored; a stop that hangs is cut short instead.
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info('stopping', { signal });
    setTimeout(() => {
      log.error('stop timed out');
      process.exit(1);
    }, stopTimeoutMs).unref();
    try {
      await host.stop();
      await core.stop();
      process.exit(0);
    } catch (error) {
      log.error('stop failed', { error: String(error) });
      process.exit(1);
    }
  };
  process.on('SIGINT', (signal) => void stop(signal));
  process.on('SIGTERM', (signal) => void stop(signal));
}

main().catch((error: unknown) => {
  log.error('dev host failed to start', { error: String(error) });
  // Whatever did start (database, phone) must not keep the process alive half-working.
  process.exit(1);
});
