/**
 * `npm run demo`: a complete desk on this machine. It starts a local PBX (Kamailio with the test
 * config, on 127.0.0.1), the desk registered as agent 1001 (Electron where installed, otherwise
 * the dev host in a browser) and tells how to call it from the caller simulator page.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoCallers } from '../main/data/demo/demo-callers.js';
import { brommaOncall } from '../main/data/demo/world.js';
import { kamailioAvailable, startPbx } from '../test/fixtures/pbx/pbx.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const agent = { user: '1001', password: 'demo-1001' };
const gateway = { user: 'pstn-gateway', password: 'demo-gateway' };
const huntGroup = '600';
// Bromma's on-call and deputy mobiles from the demo data, dialable in the demo: open their phone pages.
const oncallPhones: [string, string][] = [
  ['Bromma on-call mobile', brommaOncall.oncallNumber],
  ['Bromma on-call deputy', brommaOncall.oncallDeputyNumber],
];
const oncallPassword = 'demo-oncall';

const callers: [string, string][] = [
  ['Margareta Lindqvist, Bromma', demoCallers.knownCitizen.e164],
  ['Gunnar and Ingrid Berg (shared landline)', demoCallers.couple.e164],
  ['Protected identity', demoCallers.protectedIdentity.e164],
  ['Kirsten Nielsen, Aarhus', demoCallers.aarhusCitizen.e164],
  ['Unknown number', demoCallers.nobody.e164],
];

function dataDir(): string {
  const base = process.env['XDG_DATA_HOME'] || join(homedir(), '.local', 'share');
  return process.env['CARELINE_DATA_DIR'] ?? join(base, 'careline-desk-demo');
}

/** The PBX gets a new port every run; the agent's own choices (language) are kept. */
function writeDemoSettings(dir: string, server: string): void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'settings.json');
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  const settings = { ...previous, sip: { server, user: agent.user, password: agent.password } };
  writeFileSync(file, JSON.stringify(settings, null, 2), { mode: 0o600 });
}

function electronBinary(): string | null {
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(root, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function startDesk(dir: string): Promise<{ child: ChildProcess; url: string | null }> {
  const env = { ...process.env, CARELINE_DATA_DIR: dir };
  const electron = electronBinary();
  if (electron) return Promise.resolve({ child: spawn(electron, [root], { env, stdio: 'inherit' }), url: null });
  const child = spawn(process.execPath, [join(root, 'dist', 'dev-host', 'cli.js')], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /Open (http:\/\/\S+\/) /.exec(output);
      if (found?.[1]) resolve({ child, url: found[1] });
    });
    child.once('exit', (code) => reject(new Error(`the desk stopped at start (exit ${code})`)));
  });
}

async function main(): Promise<void> {
  if (!kamailioAvailable()) throw new Error('Kamailio is not installed: run `npm run setup` first.');
  const pbx = await startPbx({
    users: { [agent.user]: agent.password, '1002': 'demo-1002', [gateway.user]: gateway.password, ...Object.fromEntries(oncallPhones.map(([, number]) => [number, oncallPassword])) },
    huntGroups: { [huntGroup]: [agent.user, '1002'] },
    trunkUser: gateway.user,
    configFile: join(root, 'test', 'fixtures', 'pbx', 'kamailio.cfg'),
  });
  const dir = dataDir();
  writeDemoSettings(dir, pbx.wsUrl);
  const desk = await startDesk(dir);

  const simulator = new URLSearchParams({ pbx: pbx.wsUrl, user: gateway.user, password: gateway.password, to: huntGroup });
  for (const [label, number] of callers) simulator.append('from', `${label}|${number}`);
  const oncallPages = oncallPhones
    .map(([label, number]) => `  ${label} (${number}):`.padEnd(42) + (desk.url ? `${desk.url}caller-simulator/?${new URLSearchParams({ pbx: pbx.wsUrl, user: number, password: oncallPassword })}` : '(needs the dev host)'))
    .join('\n');
  console.log(`
Careline Desk demo
  Phone server (Kamailio): ${pbx.wsUrl}   hunt group ${huntGroup} rings agents 1001 and 1002
  Agent desk (1001):       ${desk.url ?? 'the Careline Desk window'}
  Caller simulator:        ${desk.url ? `${desk.url}caller-simulator/?${simulator}` : '(needs the dev host)'}
  Desk data and settings:  ${dir}

To place a test call: open the caller simulator in a second browser tab, choose a caller and
press Call. The desk rings with the caller's card; answer with the button or Alt+A, end with
Alt+E. Press Ctrl+C here to stop everything.

Urgent handover: open these phones in more tabs, call as Margareta (Bromma), answer, and press
"Urgent - hand to Bromma on-call" on her card; the on-call page rings, then the deputy's.
${oncallPages}
`);

  const stop = async () => {
    desk.child.kill('SIGTERM');
    await pbx.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  desk.child.once('exit', () => void pbx.stop().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
