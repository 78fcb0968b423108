// SPDX-License-Identifier: MIT
// The embed build: dist/embed/poles-map.js, one ES module a host page on any origin loads with
// <script type="module">, with its lazy chunks, the MapLibre worker and a copy of the data.
//
// A normal build with a fixed entry name rather than library mode: library mode inlines assets as
// data: URLs (the worker would need `worker-src data:`), while this keeps the engine chunk lazy and
// every file referenced relative to the module (`base: './'` → import('./x.js') and
// new URL('x.js', import.meta.url)), so the folder works from any origin and any path.
import { cpSync } from 'node:fs';
import { chunkFileName } from './scripts/chunk-names.ts';
import { licenceNotices } from './scripts/licence-notices.ts';
import { defineConfig, type Plugin } from 'vite';

const OUT_DIR = 'dist/embed';

/** Copies public/data only: the app's favicon and other public files have no place in the embed. */
function copyData(): Plugin {
  return {
    name: 'poles-embed-data',
    apply: 'build',
    // Into the build's own folder: the benchmark builds the embed into a temp folder.
    writeBundle(output) {
      cpSync('public/data', `${output.dir ?? OUT_DIR}/data`, { recursive: true });
    },
  };
}

const notices = licenceNotices();

export default defineConfig({
  base: './',
  publicDir: false,
  // dist/embed/THIRD-PARTY-NOTICES.txt: the licences of the packages bundled, workers included.
  plugins: [copyData(), notices.main],
  worker: { plugins: () => [notices.worker] },
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    // No <link rel="modulepreload"> written into the host's <head>: an embed leaves the host DOM alone.
    modulePreload: false,
    rolldownOptions: {
      input: 'src/embed.ts',
      output: { entryFileNames: 'poles-map.js', chunkFileNames: chunkFileName },
    },
  },
});
