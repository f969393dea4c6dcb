/**
 * Builds the renderer (renderer/ -> dist/renderer) with Vite's own JSX transform, relative asset
 * paths (served from app:// in Electron and from the dev host over HTTP alike) and no inline
 * script, so the page runs under `script-src 'self'`.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: fromRoot('./renderer'),
  base: './',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fromRoot('./dist/renderer'),
    emptyOutDir: true,
    // Chromium has native modulepreload; the polyfill would only add code.
    modulePreload: { polyfill: false },
  },
  // Only if someone runs `vite` by hand: nothing of ours listens beyond loopback.
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
