// `npm test`: builds, type-checks, then runs every vitest project inside a loopback-only network namespace
// (Chromium's WebRTC would otherwise gather and probe the machine's real addresses) and ends
// with one summary line "N passed, N failed[, N skipped]". Extra arguments go to vitest.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outputDir = path.join(root, '.test-output');
const jsonReport = path.join(outputDir, 'vitest.json');
const vitestBin = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');

function summary(passed, failed, skipped) {
  console.log(`${passed} passed, ${failed} failed` + (skipped > 0 ? `, ${skipped} skipped` : ''));
}

function giveUp(message) {
  console.error(`\nnpm test: ${message}`);
  // Whatever stopped the run counts as one failure, so the summary line never reads as green.
  summary(0, 1, 0);
  process.exit(1);
}

function build() {
  const buildScript = path.join(root, 'scripts', 'build.mjs');
  if (!existsSync(buildScript)) {
    console.log('npm test: scripts/build.mjs does not exist yet, skipping the build step');
    return;
  }
  const result = spawnSync(process.execPath, [buildScript], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) giveUp(`the build failed (exit ${result.status ?? result.signal}), tests not run`);
}

// The whole run also type-checks every project (core, renderer, Electron shell, tests): vitest
// strips types without checking them. A run narrowed to some files skips it.
function typecheck() {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  for (const project of ['main/tsconfig.json', 'renderer/tsconfig.json', 'main/app/tsconfig.json', 'test/tsconfig.json']) {
    const result = spawnSync(process.execPath, [tsc, '--noEmit', '-p', project], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) giveUp(`the type check of ${project} failed, tests not run`);
  }
}

// As root a plain network namespace; otherwise a user namespace maps us to root inside it.
function namespaceFlags() {
  const flags = process.getuid?.() === 0 ? ['-n'] : ['-rn'];
  const probe = spawnSync('unshare', [...flags, 'true'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    const reason = probe.error ? probe.error.message : (probe.stderr || '').trim();
    giveUp(
      `cannot create a loopback-only network namespace with \`unshare ${flags.join(' ')}\` (${reason}). ` +
        'The tests must not reach any network but loopback; run as root or enable unprivileged user namespaces ' +
        '(sysctl kernel.unprivileged_userns_clone=1).',
    );
  }
  return flags;
}

function runVitest(flags, extraArgs) {
  const vitestArgs = ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${jsonReport}`, ...extraArgs];
  const script = 'ip link set lo up || { echo "npm test: cannot bring up lo in the namespace" >&2; exit 1; }; exec "$0" "$@"';
  const child = spawn('unshare', [...flags, 'sh', '-c', script, process.execPath, vitestBin, ...vitestArgs], {
    cwd: root,
    stdio: 'inherit',
  });
  for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

function countResults() {
  if (!existsSync(jsonReport)) return undefined;
  const report = JSON.parse(readFileSync(jsonReport, 'utf8'));
  // A file that fails to load has no failed test inside, yet it is a failure.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  );
  for (const file of brokenFiles) console.error(`npm test: ${path.relative(root, file.name)} failed to run`);
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles.length,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

if (!existsSync(vitestBin)) giveUp('vitest is not installed: run `npm run setup` first');
build();
if (process.argv.length <= 2) typecheck();
const flags = namespaceFlags();
mkdirSync(outputDir, { recursive: true });
rmSync(jsonReport, { force: true });
const exitCode = await runVitest(flags, process.argv.slice(2));
const counts = countResults();
if (!counts) giveUp(`vitest ended (exit ${exitCode}) without writing ${path.relative(root, jsonReport)}`);
if (exitCode !== 0 && counts.failed === 0) {
  console.error(`\nnpm test: vitest exited with ${exitCode} although no test failed (see its output above)`);
  counts.failed = 1;
}
summary(counts.passed, counts.failed, counts.skipped);
process.exit(counts.failed > 0 || exitCode !== 0 ? 1 : 0);
