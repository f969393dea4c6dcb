#!/usr/bin/env node
/**
 * `npm start`: the desktop app when Electron's binary is installed, otherwise the dev host (the
 * same core and renderer, opened in a browser). Builds first when dist/ is missing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const builtFiles = ['dist/main/electron-main.js', 'dist/preload/index.cjs', 'dist/renderer/index.html', 'dist/dev-host/cli.js'];

/** Read without require('electron'), which would try to download the binary. */
function electronBinary() {
  const electronDir = join(root, 'node_modules', 'electron');
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (builtFiles.some((file) => !existsSync(join(root, file)))) {
  console.log('No build yet: building first.');
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const electron = electronBinary();
if (electron) {
  run(electron, [root]);
} else {
  console.log("Electron's binary is not installed on this machine, so the desktop window cannot open here.");
  console.log('Starting the dev host instead: the same desk in your browser (Chromium), at the address below.');
  run(process.execPath, ['--enable-source-maps', join(root, 'dist', 'dev-host', 'cli.js')]);
}
