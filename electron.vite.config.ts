// One build for the desktop app and the browser host: main + the backend's utility-process entry,
// the sandboxed preload (CommonJS, everything bundled), and the renderer served from out/renderer.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // package.json dependencies stay external and load from node_modules (electron-builder ships
      // them), exactly as in tests and the CLI: better-sqlite3 is native, and jsdom and pdfjs-dist
      // find files beside their own modules at run time, which bundling would break.
      externalizeDeps: true,
      rolldownOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          backend: resolve(root, 'electron/backend/hosts/utility/main.ts'),
        },
        external: ['better-sqlite3'],
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload runs without Node's require: it must be one CommonJS file that
      // imports nothing but 'electron'.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    // The favicon (rendered from resources/icon.svg by scripts/make-icons.mjs), served at the root.
    publicDir: resolve(root, 'resources/web'),
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified; minified, the start-up script is half the
      // bytes to fetch, parse and compile (the browser host serves it over HTTP on every load).
      minify: true,
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
