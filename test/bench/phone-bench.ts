/**
 * Starts the phone benchmarks from `npm run bench`: builds the app (they measure dist/), bundles
 * phone-bench-main.ts and runs it in a loopback-only network namespace, as `npm test` runs the
 * WebRTC tests, because Chromium's ICE would otherwise gather and probe the machine's real addresses.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';

/** Runs them and resolves with their exit code (non-zero when they could not run or failed). */
export async function runPhoneBenches(root: string, quick: boolean): Promise<number> {
  const built = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) {
    console.error(`\nPHONE BENCHMARKS NOT RUN: the build failed (exit ${built.status ?? built.signal})`);
    return 1;
  }
  const outdir = path.join(root, 'dist/bench');
  await build({
    entryPoints: {
      'phone-bench': path.join(root, 'test/bench/phone-bench-main.ts'),
      'wire-tap-preload': path.join(root, 'test/bench/wire-tap-preload.ts'),
    },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
    absWorkingDir: root,
  });
  // As root a plain network namespace; otherwise a user namespace maps us to root inside it.
  const flags = process.getuid?.() === 0 ? ['-n'] : ['-rn'];
  const script = 'ip link set lo up && exec "$0" "$@"';
  const args = [...flags, 'sh', '-c', script, process.execPath, '--enable-source-maps', path.join(outdir, 'phone-bench.js'), ...(quick ? ['--quick'] : []), ...process.argv.filter((arg) => arg.startsWith('--answer-rounds='))];
  // Ctrl+C reaches the child too: it is in this terminal's process group.
  const child = spawn('unshare', args, { cwd: root, stdio: 'inherit' });
  return new Promise<number>((resolve) => {
    child.once('error', (error) => {
      console.error(`\nPHONE BENCHMARKS NOT RUN: cannot start \`unshare ${flags.join(' ')}\` (${error.message})`);
      resolve(1);
    });
    child.once('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
  });
}
