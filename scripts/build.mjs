#!/usr/bin/env node
/**
 * `npm run build`: the whole app into dist/ in one go. Vite builds the renderer (with the repo's
 * vite.config.ts) and the caller simulator; esbuild bundles the Node side: the Electron main
 * process (ESM), the preload (CommonJS, as sandboxed preloads must be) and the dev host.
 * Packages stay external on the Node side: they ship in node_modules and load as they are.
 */
import { build as esbuild } from 'esbuild';
import { copyFile, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const at = (...parts) => join(root, ...parts);
const dist = at('dist');

const nodeBundle = { bundle: true, platform: 'node', sourcemap: 'linked', logLevel: 'warning', absWorkingDir: root };

const steps = [
  {
    name: 'renderer',
    out: join(dist, 'renderer'),
    run: (out) => {
      if (!existsSync(at('vite.config.ts'))) throw new Error('vite.config.ts is missing: the renderer cannot be built');
      return viteBuild({
        configFile: at('vite.config.ts'),
        logLevel: 'warn',
        build: { outDir: out, emptyOutDir: true },
      });
    },
  },
  {
    name: 'electron main',
    out: join(dist, 'main'),
    run: (out) =>
      esbuild({
        ...nodeBundle,
        entryPoints: [at('main/app/electron-main.ts')],
        outfile: join(out, 'electron-main.js'),
        format: 'esm',
        target: 'node22',
        packages: 'external',
      }),
  },
  {
    name: 'preload',
    out: join(dist, 'preload'),
    run: (out) =>
      esbuild({
        ...nodeBundle,
        entryPoints: [at('main/preload/index.ts')],
        outfile: join(out, 'index.cjs'),
        format: 'cjs',
        target: 'chrome140',
        external: ['electron'],
      }),
  },
  {
    name: 'dev host',
    out: join(dist, 'dev-host'),
    run: (out) =>
      esbuild({
        ...nodeBundle,
        entryPoints: [at('main/dev-host/cli.ts')],
        outfile: join(out, 'cli.js'),
        format: 'esm',
        target: 'node20',
        packages: 'external',
      }),
  },
  {
    name: 'demo',
    out: join(dist, 'demo'),
    run: (out) =>
      esbuild({
        ...nodeBundle,
        entryPoints: [at('scripts/demo.ts')],
        outfile: join(out, 'demo.js'),
        format: 'esm',
        target: 'node20',
        packages: 'external',
      }),
  },
  {
    name: 'import',
    out: join(dist, 'import'),
    run: (out) =>
      esbuild({
        ...nodeBundle,
        entryPoints: [at('scripts/import.ts')],
        outfile: join(out, 'import.js'),
        format: 'esm',
        target: 'node20',
        packages: 'external',
      }),
  },
];

// The caller simulator is a test and demo fixture; it is built when it exists in this checkout.
const simulator = at('test/fixtures/caller-simulator');
if (existsSync(join(simulator, 'index.html'))) {
  steps.push({
    name: 'caller simulator',
    out: join(dist, 'caller-simulator'),
    run: async (out) => {
      await viteBuild({
        configFile: false,
        root: simulator,
        base: './',
        logLevel: 'warn',
        build: { outDir: out, emptyOutDir: true, target: 'es2022' },
      });
      const prompt = at('assets/generated/voice-prompt.wav');
      if (existsSync(prompt)) await copyFile(prompt, join(out, 'voice-prompt.wav'));
    },
  });
}

async function sizeOf(path) {
  const info = await stat(path);
  if (!info.isDirectory()) return info.size;
  const entries = await readdir(path);
  const sizes = await Promise.all(entries.map((entry) => sizeOf(join(path, entry))));
  return sizes.reduce((sum, size) => sum + size, 0);
}

const formatSize = (bytes) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`);

async function runStep(step) {
  const started = performance.now();
  await rm(step.out, { recursive: true, force: true });
  await mkdir(step.out, { recursive: true });
  try {
    await step.run(step.out);
  } catch (error) {
    throw new Error(`${step.name} failed to build`, { cause: error });
  }
  const ms = Math.round(performance.now() - started);
  return `  ${step.name.padEnd(17)} ${relative(root, step.out).padEnd(22)} ${formatSize(await sizeOf(step.out)).padStart(8)} ${String(ms).padStart(6)} ms`;
}

const started = performance.now();
try {
  const lines = await Promise.all(steps.map(runStep));
  if (!existsSync(join(dist, 'renderer', 'index.html'))) throw new Error('the renderer build produced no dist/renderer/index.html');
  console.log(`Built Careline Desk in ${Math.round(performance.now() - started)} ms:`);
  console.log(lines.join('\n'));
} catch (error) {
  console.error(`\nBUILD FAILED: ${error.message}`);
  if (error.cause) console.error(error.cause);
  process.exit(1);
}
